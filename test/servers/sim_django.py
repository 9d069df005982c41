"""Serves one django-cors-headers settings module for the simulation differential test.

SIM_SETTINGS names a file holding the settings source as analysed; it is executed and its upper-case
names become Django's settings. Every path answers "ok" (CSRF exempt, so POST/PUT reach the view).
"""
import os

import django
from django.conf import settings
from django.http import HttpResponse
from django.urls import re_path
from django.views.decorators.csrf import csrf_exempt

ns = {}
with open(os.environ["SIM_SETTINGS"]) as f:
    exec(compile(f.read(), "settings.py", "exec"), ns)
settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["*"],
    ROOT_URLCONF=__name__,
    SECRET_KEY="simulation-test",
    **{k: v for k, v in ns.items() if k.isupper()},
)
django.setup()


@csrf_exempt
def any_path(request):
    return HttpResponse("ok")


urlpatterns = [re_path(r"^.*$", any_path)]

if __name__ == "__main__":
    from django.core.servers.basehttp import run
    from django.core.wsgi import get_wsgi_application

    run("127.0.0.1", int(os.environ["PORT"]), get_wsgi_application(), threading=True)
