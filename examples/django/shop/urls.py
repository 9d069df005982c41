from django.urls import path

from shop.catalog import views

urlpatterns = [
    path("api/products/", views.products),
    path("api/cart/", views.cart),
]
