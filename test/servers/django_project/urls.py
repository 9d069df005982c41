from django.http import JsonResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt
def items(request):
    return JsonResponse({"method": request.method, "items": [1, 2, 3]})


urlpatterns = [
    path("api/items", items),
    path("noncors/items", items),
]
