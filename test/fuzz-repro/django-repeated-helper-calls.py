"""Django views that write Access-Control-Allow-Origin on their HttpResponse themselves."""
from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_vary_headers
from django.views import View
from django.views.decorators.http import require_GET

ALLOWED_ORIGINS = ["https://shop.example.com", "https://admin.example.com"]


@require_GET
def product_feed(request):
    response = JsonResponse({"products": []})
    # expect: reflect-origin
    response["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    patch_vary_headers(response, ["Origin"])
    return response


def widget_config(request):
    response = JsonResponse({"theme": "dark"})
    # expect: reflect-origin
    response["Access-Control-Allow-Origin"] = request.GET.get("origin")
    return response


def legacy_feed(request):
    response = HttpResponse("[]", content_type="application/json")
    # expect: reflect-origin
    response["Access-Control-Allow-Origin"] = request.META["HTTP_ORIGIN"]
    response["Vary"] = "Origin"
    return response


class ExportView(View):
    def get(self, request):
        response = JsonResponse({"rows": []})
        # expect: reflect-origin
        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"

        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

        response.headers["Access-Control-Allow-Origin"] = request.GET.get("embedder") or "*"
        return response

