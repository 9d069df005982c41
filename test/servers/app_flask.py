"""Serves Flask apps exactly as written for the app-pipeline differential test.

APP_CONFIGS names a JSON file of [{"prefix": "/c0", "source": "<python>"}]; each source builds `app`
(hooks, blueprints, routes, flask-cors) and nothing is added to it; each app is mounted at its prefix.
"""
import json
import os

from flask import Flask
from werkzeug.middleware.dispatcher import DispatcherMiddleware
from werkzeug.serving import run_simple


def build(source):
    ns = {"__name__": "__main__"}
    exec(compile(source, "<app>", "exec"), ns)
    return ns["app"]


with open(os.environ["APP_CONFIGS"]) as f:
    configs = json.load(f)
mounts = {c["prefix"]: build(c["source"]) for c in configs}
run_simple("127.0.0.1", int(os.environ["PORT"]), DispatcherMiddleware(Flask("root"), mounts), threaded=True)
