"""Bookshop API: a small Flask back end for a storefront SPA, an admin console and embeddable widgets.

The storefront and the admin console call the API with the session cookie, so credentials are on
for the whole app (app.config below). Run it with:  python app.py  (PORT defaults to 5000).
"""
import os

from flask import Flask, jsonify, request, session
from flask_cors import CORS, cross_origin

app = Flask(__name__)
app.secret_key = os.environ.get("SECRET_KEY", "dev-only-secret")
app.config["CORS_SUPPORTS_CREDENTIALS"] = True

# Front ends that may call /api; the default is what runs when $FRONTEND_ORIGINS is unset.
FRONTEND_ORIGINS = os.environ.get(
    "FRONTEND_ORIGINS",
    "https://shop.example.com,http://admin.example.com",
).split(",")

CORS(app, resources={
    r"/api/*": {"origins": FRONTEND_ORIGINS + ["https://partners.example.com/"]},
    # every tenant shop lives on its own sub-domain
    r"/tenants/*": {"origins": [r"https://\w+\.example\.com"]},
    # the desktop app loads its pages from file://
    r"/desktop/*": {"origins": ["https://shop.example.com", "null"]},
    r"/public/*": {"origins": "*", "supports_credentials": False},
})

BOOKS = [
    {"id": 1, "title": "The Left Hand of Darkness", "price": 12.5},
    {"id": 2, "title": "A Wizard of Earthsea", "price": 9.0},
]


@app.route("/api/account")
def account():
    return jsonify({"user": session.get("user")})


@app.route("/api/export")
@cross_origin(expose_headers="*")
def export():
    response = jsonify(BOOKS)
    response.headers["X-Export-Count"] = str(len(BOOKS))
    return response


@app.route("/tenants/<name>/books")
def tenant_books(name):
    return jsonify({"tenant": name, "books": BOOKS})


@app.route("/desktop/sync")
def desktop_sync():
    return jsonify({"books": BOOKS, "user": session.get("user")})


@app.route("/public/books")
def public_books():
    return jsonify(BOOKS)


@app.route("/embed/bestsellers")
def bestsellers():
    return jsonify(BOOKS[:1])


@app.after_request
def embed_cors(response):
    # Widgets are embedded on partner blogs; answer whoever asks.
    if request.path.startswith("/embed/"):
        response.headers["Access-Control-Allow-Origin"] = request.headers.get("Origin", "*")
    return response


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ.get("PORT", "5000")))
