from django.contrib.auth.decorators import login_required
from django.http import JsonResponse

PRODUCTS = [
    {"id": 1, "name": "Espresso cup", "price": "9.00"},
    {"id": 2, "name": "Milk jug", "price": "14.50"},
]


def products(request):
    return JsonResponse({"products": PRODUCTS})


@login_required
def cart(request):
    return JsonResponse({"user": request.user.get_username(), "items": request.session.get("cart", [])})
