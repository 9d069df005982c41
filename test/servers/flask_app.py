"""Flask + flask-cors with three policies side by side, for the probe's real-server tests.

PORT and PAGE_ORIGIN come from the environment.
"""
import os

from flask import Flask, jsonify
from flask_cors import CORS

PAGE_ORIGIN = os.environ.get("PAGE_ORIGIN", "http://localhost:3000")
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

app = Flask(__name__)
CORS(
    app,
    resources={
        # Default origins ('*') without send_wildcard: flask-cors reflects every origin.
        r"/open/*": {},
        r"/strict/*": {
            "origins": [PAGE_ORIGIN],
            "supports_credentials": True,
            "methods": ["GET", "POST", "PUT"],
            "allow_headers": ["Content-Type", "X-Token"],
        },
        r"/other/*": {"origins": ["http://example.com"]},
    },
)


@app.route("/<group>/items", methods=METHODS)
def items(group):
    return jsonify(group=group, items=[1, 2, 3])


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(os.environ["PORT"]), threaded=True)
