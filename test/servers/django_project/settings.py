"""Minimal Django settings with django-cors-headers; PAGE_ORIGIN comes from the environment."""
import os

SECRET_KEY = "probe-tests-only"
DEBUG = False
ALLOWED_HOSTS = ["*"]
ROOT_URLCONF = "urls"
INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]
CORS_ALLOWED_ORIGINS = [os.environ.get("PAGE_ORIGIN", "http://localhost:3000")]
CORS_ALLOW_CREDENTIALS = True
CORS_URLS_REGEX = r"^/api/.*$"
DATABASES = {}
USE_TZ = True
