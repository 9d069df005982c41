"""Sub-domain origins written as regular expressions (flask-cors uses re.match: start-anchored only)."""
import re

from flask import Blueprint, Flask, jsonify
from flask_cors import CORS, cross_origin

app = Flask(__name__)
tenants = Blueprint("tenants", __name__)
admin = Blueprint("admin", __name__)
media = Blueprint("media", __name__)
reports = Blueprint("reports", __name__)
shop = Blueprint("shop", __name__)

# expect: weak-regex
CORS(tenants, origins=[r"https://\w+\.example\.com"], supports_credentials=True)

# expect: weak-regex
CORS(admin, origins=r"^https://admin.example.com$")

# expect: weak-regex
MEDIA_ORIGINS = [re.compile(r"https://.*example\.com$")]
CORS(media, origins=MEDIA_ORIGINS)

# ok
CORS(reports, origins=[r"^https://(app|admin)\.example\.com$"])

# ok
CORS(shop, origins=[re.compile(r"^https://[a-z0-9-]+\.example\.com$", re.IGNORECASE)])

# ok
CORS(app, origins=["https://app.example.com", "https://admin.example.com"])

partners = Flask("partners")
# expect: weak-regex
partners.config["CORS_ORIGINS"] = [r"^https://[a-z]+\.partner\.example\.org"]
CORS(partners)


@shop.route("/cart")
# ok
@cross_origin(origins=r"^https://shop\.example\.com$", supports_credentials=True)
def cart():
    return jsonify({})


local = Flask("local")
# ok
CORS(local, origins=[r"^http://s0.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s0.localhost.*"])
CORS(local, origins=[r"^http://s1.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s1.localhost.*"])
CORS(local, origins=[r"^http://s2.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s2.localhost.*"])
CORS(local, origins=[r"^http://s3.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s3.localhost.*"])
CORS(local, origins=[r"^http://s4.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s4.localhost.*"])
CORS(local, origins=[r"^http://s5.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s5.localhost.*"])
CORS(local, origins=[r"^http://s6.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s6.localhost.*"])
CORS(local, origins=[r"^http://s7.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s7.localhost.*"])
CORS(local, origins=[r"^http://s8.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s8.localhost.*"])
CORS(local, origins=[r"^http://s9.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s9.localhost.*"])
CORS(local, origins=[r"^http://s10.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s10.localhost.*"])
CORS(local, origins=[r"^http://s11.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s11.localhost.*"])
CORS(local, origins=[r"^http://s12.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s12.localhost.*"])
CORS(local, origins=[r"^http://s13.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s13.localhost.*"])
CORS(local, origins=[r"^http://s14.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s14.localhost.*"])
CORS(local, origins=[r"^http://s15.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s15.localhost.*"])
CORS(local, origins=[r"^http://s16.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s16.localhost.*"])
CORS(local, origins=[r"^http://s17.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s17.localhost.*"])
CORS(local, origins=[r"^http://s18.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s18.localhost.*"])
CORS(local, origins=[r"^http://s19.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s19.localhost.*"])
CORS(local, origins=[r"^http://s20.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s20.localhost.*"])
CORS(local, origins=[r"^http://s21.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s21.localhost.*"])
CORS(local, origins=[r"^http://s22.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s22.localhost.*"])
CORS(local, origins=[r"^http://s23.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s23.localhost.*"])
CORS(local, origins=[r"^http://s24.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s24.localhost.*"])
CORS(local, origins=[r"^http://s25.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s25.localhost.*"])
CORS(local, origins=[r"^http://s26.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s26.localhost.*"])
CORS(local, origins=[r"^http://s27.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s27.localhost.*"])
CORS(local, origins=[r"^http://s28.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s28.localhost.*"])
CORS(local, origins=[r"^http://s29.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s29.localhost.*"])
CORS(local, origins=[r"^http://s30.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s30.localhost.*"])
CORS(local, origins=[r"^http://s31.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s31.localhost.*"])
CORS(local, origins=[r"^http://s32.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s32.localhost.*"])
CORS(local, origins=[r"^http://s33.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s33.localhost.*"])
CORS(local, origins=[r"^http://s34.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s34.localhost.*"])
CORS(local, origins=[r"^http://s35.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s35.localhost.*"])
CORS(local, origins=[r"^http://s36.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s36.localhost.*"])
CORS(local, origins=[r"^http://s37.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s37.localhost.*"])
CORS(local, origins=[r"^http://s38.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s38.localhost.*"])
CORS(local, origins=[r"^http://s39.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s39.localhost.*"])
CORS(local, origins=[r"^http://s40.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s40.localhost.*"])
CORS(local, origins=[r"^http://s41.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s41.localhost.*"])
CORS(local, origins=[r"^http://s42.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s42.localhost.*"])
CORS(local, origins=[r"^http://s43.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s43.localhost.*"])
CORS(local, origins=[r"^http://s44.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s44.localhost.*"])
CORS(local, origins=[r"^http://s45.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s45.localhost.*"])
CORS(local, origins=[r"^http://s46.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s46.localhost.*"])
CORS(local, origins=[r"^http://s47.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s47.localhost.*"])
CORS(local, origins=[r"^http://s48.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s48.localhost.*"])
CORS(local, origins=[r"^http://s49.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s49.localhost.*"])
CORS(local, origins=[r"^http://s50.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s50.localhost.*"])
CORS(local, origins=[r"^http://s51.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s51.localhost.*"])
CORS(local, origins=[r"^http://s52.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s52.localhost.*"])
CORS(local, origins=[r"^http://s53.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s53.localhost.*"])
CORS(local, origins=[r"^http://s54.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s54.localhost.*"])
CORS(local, origins=[r"^http://s55.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s55.localhost.*"])
CORS(local, origins=[r"^http://s56.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s56.localhost.*"])
CORS(local, origins=[r"^http://s57.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s57.localhost.*"])
CORS(local, origins=[r"^http://s58.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s58.localhost.*"])
CORS(local, origins=[r"^http://s59.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s59.localhost.*"])
CORS(local, origins=[r"^http://s60.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s60.localhost.*"])
CORS(local, origins=[r"^http://s61.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s61.localhost.*"])
CORS(local, origins=[r"^http://s62.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s62.localhost.*"])
CORS(local, origins=[r"^http://s63.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s63.localhost.*"])
CORS(local, origins=[r"^http://s64.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s64.localhost.*"])
CORS(local, origins=[r"^http://s65.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s65.localhost.*"])
CORS(local, origins=[r"^http://s66.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s66.localhost.*"])
CORS(local, origins=[r"^http://s67.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s67.localhost.*"])
CORS(local, origins=[r"^http://s68.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s68.localhost.*"])
CORS(local, origins=[r"^http://s69.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s69.localhost.*"])
CORS(local, origins=[r"^http://s70.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s70.localhost.*"])
CORS(local, origins=[r"^http://s71.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s71.localhost.*"])
CORS(local, origins=[r"^http://s72.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s72.localhost.*"])
CORS(local, origins=[r"^http://s73.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s73.localhost.*"])
CORS(local, origins=[r"^http://s74.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s74.localhost.*"])
CORS(local, origins=[r"^http://s75.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s75.localhost.*"])
CORS(local, origins=[r"^http://s76.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s76.localhost.*"])
CORS(local, origins=[r"^http://s77.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s77.localhost.*"])
CORS(local, origins=[r"^http://s78.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s78.localhost.*"])
CORS(local, origins=[r"^http://s79.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s79.localhost.*"])
CORS(local, origins=[r"^http://s80.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s80.localhost.*"])
CORS(local, origins=[r"^http://s81.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s81.localhost.*"])
CORS(local, origins=[r"^http://s82.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s82.localhost.*"])
CORS(local, origins=[r"^http://s83.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s83.localhost.*"])
CORS(local, origins=[r"^http://s84.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s84.localhost.*"])
CORS(local, origins=[r"^http://s85.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s85.localhost.*"])
CORS(local, origins=[r"^http://s86.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s86.localhost.*"])
CORS(local, origins=[r"^http://s87.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s87.localhost.*"])
CORS(local, origins=[r"^http://s88.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s88.localhost.*"])
CORS(local, origins=[r"^http://s89.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s89.localhost.*"])
CORS(local, origins=[r"^http://s90.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s90.localhost.*"])
CORS(local, origins=[r"^http://s91.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s91.localhost.*"])
CORS(local, origins=[r"^http://s92.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s92.localhost.*"])
CORS(local, origins=[r"^http://s93.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s93.localhost.*"])
CORS(local, origins=[r"^http://s94.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s94.localhost.*"])
CORS(local, origins=[r"^http://s95.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s95.localhost.*"])
CORS(local, origins=[r"^http://s96.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s96.localhost.*"])
CORS(local, origins=[r"^http://s97.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s97.localhost.*"])
CORS(local, origins=[r"^http://s98.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s98.localhost.*"])
CORS(local, origins=[r"^http://s99.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s99.localhost.*"])
CORS(local, origins=[r"^http://s100.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s100.localhost.*"])
CORS(local, origins=[r"^http://s101.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s101.localhost.*"])
CORS(local, origins=[r"^http://s102.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s102.localhost.*"])
CORS(local, origins=[r"^http://s103.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s103.localhost.*"])
CORS(local, origins=[r"^http://s104.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s104.localhost.*"])
CORS(local, origins=[r"^http://s105.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s105.localhost.*"])
CORS(local, origins=[r"^http://s106.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s106.localhost.*"])
CORS(local, origins=[r"^http://s107.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s107.localhost.*"])
CORS(local, origins=[r"^http://s108.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s108.localhost.*"])
CORS(local, origins=[r"^http://s109.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s109.localhost.*"])
CORS(local, origins=[r"^http://s110.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s110.localhost.*"])
CORS(local, origins=[r"^http://s111.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s111.localhost.*"])
CORS(local, origins=[r"^http://s112.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s112.localhost.*"])
CORS(local, origins=[r"^http://s113.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s113.localhost.*"])
CORS(local, origins=[r"^http://s114.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s114.localhost.*"])
CORS(local, origins=[r"^http://s115.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s115.localhost.*"])
CORS(local, origins=[r"^http://s116.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s116.localhost.*"])
CORS(local, origins=[r"^http://s117.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s117.localhost.*"])
CORS(local, origins=[r"^http://s118.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s118.localhost.*"])
CORS(local, origins=[r"^http://s119.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s119.localhost.*"])
CORS(local, origins=[r"^http://s120.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s120.localhost.*"])
CORS(local, origins=[r"^http://s121.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s121.localhost.*"])
CORS(local, origins=[r"^http://s122.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s122.localhost.*"])
CORS(local, origins=[r"^http://s123.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s123.localhost.*"])
CORS(local, origins=[r"^http://s124.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s124.localhost.*"])
CORS(local, origins=[r"^http://s125.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s125.localhost.*"])
CORS(local, origins=[r"^http://s126.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s126.localhost.*"])
CORS(local, origins=[r"^http://s127.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s127.localhost.*"])
CORS(local, origins=[r"^http://s128.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s128.localhost.*"])
CORS(local, origins=[r"^http://s129.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s129.localhost.*"])
CORS(local, origins=[r"^http://s130.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s130.localhost.*"])
CORS(local, origins=[r"^http://s131.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s131.localhost.*"])
CORS(local, origins=[r"^http://s132.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s132.localhost.*"])
CORS(local, origins=[r"^http://s133.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s133.localhost.*"])
CORS(local, origins=[r"^http://s134.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s134.localhost.*"])
CORS(local, origins=[r"^http://s135.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s135.localhost.*"])
CORS(local, origins=[r"^http://s136.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s136.localhost.*"])
CORS(local, origins=[r"^http://s137.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s137.localhost.*"])
CORS(local, origins=[r"^http://s138.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s138.localhost.*"])
CORS(local, origins=[r"^http://s139.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s139.localhost.*"])
CORS(local, origins=[r"^http://s140.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s140.localhost.*"])
CORS(local, origins=[r"^http://s141.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s141.localhost.*"])
CORS(local, origins=[r"^http://s142.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s142.localhost.*"])
CORS(local, origins=[r"^http://s143.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s143.localhost.*"])
CORS(local, origins=[r"^http://s144.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s144.localhost.*"])
CORS(local, origins=[r"^http://s145.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s145.localhost.*"])
CORS(local, origins=[r"^http://s146.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s146.localhost.*"])
CORS(local, origins=[r"^http://s147.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s147.localhost.*"])
CORS(local, origins=[r"^http://s148.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s148.localhost.*"])
CORS(local, origins=[r"^http://s149.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s149.localhost.*"])
CORS(local, origins=[r"^http://s150.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s150.localhost.*"])
CORS(local, origins=[r"^http://s151.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s151.localhost.*"])
CORS(local, origins=[r"^http://s152.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s152.localhost.*"])
CORS(local, origins=[r"^http://s153.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s153.localhost.*"])
CORS(local, origins=[r"^http://s154.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s154.localhost.*"])
CORS(local, origins=[r"^http://s155.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s155.localhost.*"])
CORS(local, origins=[r"^http://s156.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s156.localhost.*"])
CORS(local, origins=[r"^http://s157.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s157.localhost.*"])
CORS(local, origins=[r"^http://s158.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s158.localhost.*"])
CORS(local, origins=[r"^http://s159.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s159.localhost.*"])
CORS(local, origins=[r"^http://s160.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s160.localhost.*"])
CORS(local, origins=[r"^http://s161.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s161.localhost.*"])
CORS(local, origins=[r"^http://s162.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s162.localhost.*"])
CORS(local, origins=[r"^http://s163.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s163.localhost.*"])
CORS(local, origins=[r"^http://s164.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s164.localhost.*"])
CORS(local, origins=[r"^http://s165.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s165.localhost.*"])
CORS(local, origins=[r"^http://s166.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s166.localhost.*"])
CORS(local, origins=[r"^http://s167.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s167.localhost.*"])
CORS(local, origins=[r"^http://s168.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s168.localhost.*"])
CORS(local, origins=[r"^http://s169.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s169.localhost.*"])
CORS(local, origins=[r"^http://s170.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s170.localhost.*"])
CORS(local, origins=[r"^http://s171.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s171.localhost.*"])
CORS(local, origins=[r"^http://s172.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s172.localhost.*"])
CORS(local, origins=[r"^http://s173.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s173.localhost.*"])
CORS(local, origins=[
CORS(local, origins=[
CORS(local, origins=[r"^http://s174.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s174.localhost.*"])
CORS(local, origins=[r"^http://s175.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s175.localhost.*"])
CORS(local, origins=[r"^http://s176.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s176.localhost.*"])
CORS(local, origins=[r"^http://s177.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s177.localhost.*"])
CORS(local, origins=[r"^http://s178.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s178.localhost.*"])
CORS(local, origins=[r"^http://s179.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s179.localhost.*"])
CORS(local, origins=[r"^http://s180.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s180.localhost.*"])
CORS(local, origins=[r"^http://s181.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s181.localhost.*"])
CORS(local, origins=[r"^http://s182.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s182.localhost.*"])
CORS(local, origins=[r"^http://s183.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s183.localhost.*"])
CORS(local, origins=[r"^http://s184.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s184.localhost.*"])
CORS(local, origins=[r"^http://s185.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s185.localhost.*"])
CORS(local, origins=[r"^http://s186.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s186.localhost.*"])
CORS(local, origins=[r"^http://s187.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s187.localhost.*"])
CORS(local, origins=[r"^http://s188.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s188.localhost.*"])
CORS(local, origins=[r"^http://s189.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s189.localhost.*"])
CORS(local, origins=[r"^http://s190.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s190.localhost.*"])
CORS(local, origins=[r"^http://s191.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s191.localhost.*"])
CORS(local, origins=[r"^http://s192.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s192.localhost.*"])
CORS(local, origins=[r"^http://s193.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s193.localhost.*"])
CORS(local, origins=[r"^http://s194.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s194.localhost.*"])
CORS(local, origins=[r"^http://s195.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s195.localhost.*"])
CORS(local, origins=[r"^http://s196.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s196.localhost.*"])
CORS(local, origins=[r"^http://s197.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s197.localhost.*"])
CORS(local, origins=[r"^http://s198.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s198.localhost.*"])
CORS(local, origins=[r"^http://s199.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s199.localhost.*"])
CORS(local, origins=[r"^http://s200.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s200.localhost.*"])
CORS(local, origins=[r"^http://s201.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s201.localhost.*"])
CORS(local, origins=[r"^http://s202.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s202.localhost.*"])
CORS(local, origins=[r"^http://s203.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s203.localhost.*"])
CORS(local, origins=[r"^http://s204.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s204.localhost.*"])
CORS(local, origins=[r"^http://s205.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s205.localhost.*"])
CORS(local, origins=[r"^http://s206.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s206.localhost.*"])
CORS(local, origins=[r"^http://s207.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s207.localhost.*"])
CORS(local, origins=[r"^http://s208.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s208.localhost.*"])
CORS(local, origins=[r"^http://s209.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s209.localhost.*"])
CORS(local, origins=[r"^http://s210.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s210.localhost.*"])
CORS(local, origins=[r"^http://s211.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s211.localhost.*"])
CORS(local, origins=[r"^http://s212.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s212.localhost.*"])
CORS(local, origins=[r"^http://s213.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s213.localhost.*"])
CORS(local, origins=[r"^http://s214.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s214.localhost.*"])
CORS(local, origins=[r"^http://s215.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s215.localhost.*"])
CORS(local, origins=[r"^http://s216.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s216.localhost.*"])
CORS(local, origins=[r"^http://s217.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s217.localhost.*"])
CORS(local, origins=[r"^http://s218.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s218.localhost.*"])
CORS(local, origins=[r"^http://s219.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s219.localhost.*"])
CORS(local, origins=[r"^http://s220.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s220.localhost.*"])
CORS(local, origins=[r"^http://s221.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s221.localhost.*"])
CORS(local, origins=[r"^http://s222.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s222.localhost.*"])
CORS(local, origins=[r"^http://s223.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s223.localhost.*"])
CORS(local, origins=[r"^http://s224.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s224.localhost.*"])
CORS(local, origins=[r"^http://s225.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s225.localhost.*"])
CORS(local, origins=[r"^http://s226.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s226.localhost.*"])
CORS(local, origins=[r"^http://s227.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s227.localhost.*"])
CORS(local, origins=[r"^http://s228.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s228.localhost.*"])
CORS(local, origins=[r"^http://s229.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s229.localhost.*"])
CORS(local, origins=[r"^http://s230.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s230.localhost.*"])
CORS(local, origins=[r"^http://s231.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s231.localhost.*"])
CORS(local, origins=[r"^http://s232.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s232.localhost.*"])
CORS(local, origins=[r"^http://s233.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s233.localhost.*"])
CORS(local, origins=[r"^http://s234.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s234.localhost.*"])
CORS(local, origins=[r"^http://s235.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s235.localhost.*"])
CORS(local, origins=[r"^http://s236.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s236.localhost.*"])
CORS(local, origins=[r"^http://s237.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s237.localhost.*"])
CORS(local, origins=[r"^http://s238.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s238.localhost.*"])
CORS(local, origins=[r"^http://s239.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s239.localhost.*"])
CORS(local, origins=[r"^http://s240.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s240.localhost.*"])
CORS(local, origins=[r"^http://s241.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s241.localhost.*"])
CORS(local, origins=[r"^http://s242.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s242.localhost.*"])
CORS(local, origins=[r"^http://s243.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s243.localhost.*"])
CORS(local, origins=[r"^http://s244.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s244.localhost.*"])
CORS(local, origins=[r"^http://s245.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s245.localhost.*"])
CORS(local, origins=[r"^http://s246.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s246.localhost.*"])
CORS(local, origins=[r"^http://s247.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s247.localhost.*"])
CORS(local, origins=[r"^http://s248.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s248.localhost.*"])
CORS(local, origins=[r"^http://s249.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s249.localhost.*"])
CORS(local, origins=[r"^http://s250.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s250.localhost.*"])
CORS(local, origins=[r"^http://s251.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s251.localhost.*"])
CORS(local, origins=[r"^http://s252.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s252.localhost.*"])
CORS(local, origins=[r"^http://s253.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s253.localhost.*"])
CORS(local, origins=[r"^http://s254.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s254.localhost.*"])
CORS(local, origins=[r"^http://s255.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s255.localhost.*"])
CORS(local, origins=[r"^http://s256.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s256.localhost.*"])
CORS(local, origins=[r"^http://s257.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s257.localhost.*"])
CORS(local, origins=[r"^http://s258.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s258.localhost.*"])
CORS(local, origins=[r"^http://s259.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s259.localhost.*"])
CORS(local, origins=[r"^http://s260.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s260.localhost.*"])
CORS(local, origins=[r"^http://s261.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s261.localhost.*"])
CORS(local, origins=[r"^http://s262.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s262.localhost.*"])
CORS(local, origins=[r"^http://s263.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s263.localhost.*"])
CORS(local, origins=[r"^http://s264.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s264.localhost.*"])
CORS(local, origins=[r"^http://s265.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s265.localhost.*"])
CORS(local, origins=[r"^http://s266.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s266.localhost.*"])
CORS(local, origins=[r"^http://s267.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s267.localhost.*"])
CORS(local, origins=[r"^http://s268.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s268.localhost.*"])
CORS(local, origins=[r"^http://s269.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s269.localhost.*"])
CORS(local, origins=[r"^http://s270.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s270.localhost.*"])
CORS(local, origins=[r"^http://s271.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s271.localhost.*"])
CORS(local, origins=[r"^http://s272.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s272.localhost.*"])
CORS(local, origins=[r"^http://s273.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s273.localhost.*"])
CORS(local, origins=[r"^http://s274.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s274.localhost.*"])
CORS(local, origins=[r"^http://s275.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s275.localhost.*"])
CORS(local, origins=[r"^http://s276.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s276.localhost.*"])
CORS(local, origins=[r"^http://s277.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s277.localhost.*"])
CORS(local, origins=[r"^http://s278.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s278.localhost.*"])
CORS(local, origins=[r"^http://s279.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s279.localhost.*"])
CORS(local, origins=[r"^http://s280.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s280.localhost.*"])
CORS(local, origins=[r"^http://s281.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s281.localhost.*"])
CORS(local, origins=[r"^http://s282.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s282.localhost.*"])
CORS(local, origins=[r"^http://s283.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s283.localhost.*"])
CORS(local, origins=[r"^http://s284.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s284.localhost.*"])
CORS(local, origins=[r"^http://s285.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s285.localhost.*"])
CORS(local, origins=[r"^http://s286.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s286.localhost.*"])
CORS(local, origins=[r"^http://s287.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s287.localhost.*"])
CORS(local, origins=[r"^http://s288.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s288.localhost.*"])
CORS(local, origins=[r"^http://s289.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s289.localhost.*"])
CORS(local, origins=[r"^http://s290.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s290.localhost.*"])
CORS(local, origins=[r"^http://s291.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s291.localhost.*"])
CORS(local, origins=[r"^http://s292.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s292.localhost.*"])
CORS(local, origins=[r"^http://s293.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s293.localhost.*"])
CORS(local, origins=[r"^http://s294.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s294.localhost.*"])
CORS(local, origins=[r"^http://s295.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s295.localhost.*"])
CORS(local, origins=[r"^http://s296.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s296.localhost.*"])
CORS(local, origins=[r"^http://s297.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s297.localhost.*"])
CORS(local, origins=[r"^http://s298.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s298.localhost.*"])
CORS(local, origins=[r"^http://s299.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s299.localhost.*"])
CORS(local, origins=[r"^http://s300.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s300.localhost.*"])
CORS(local, origins=[r"^http://s301.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s301.localhost.*"])
CORS(local, origins=[r"^http://s302.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s302.localhost.*"])
CORS(local, origins=[r"^http://s303.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s303.localhost.*"])
CORS(local, origins=[r"^http://s304.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s304.localhost.*"])
CORS(local, origins=[r"^http://s305.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s305.localhost.*"])
CORS(local, origins=[r"^http://s306.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s306.localhost.*"])
CORS(local, origins=[r"^http://s307.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s307.localhost.*"])
CORS(local, origins=[r"^http://s308.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s308.localhost.*"])
CORS(local, origins=[r"^http://s309.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s309.localhost.*"])
CORS(local, origins=[r"^http://s310.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s310.localhost.*"])
CORS(local, origins=[r"^http://s311.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s311.localhost.*"])
CORS(local, origins=[r"^http://s312.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s312.localhost.*"])
CORS(local, origins=[r"^http://s313.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s313.localhost.*"])
CORS(local, origins=[r"^http://s314.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s314.localhost.*"])
CORS(local, origins=[r"^http://s315.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s315.localhost.*"])
CORS(local, origins=[r"^http://s316.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s316.localhost.*"])
CORS(local, origins=[r"^http://s317.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s317.localhost.*"])
CORS(local, origins=[r"^http://s318.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s318.localhost.*"])
CORS(local, origins=[r"^http://s319.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s319.localhost.*"])
CORS(local, origins=[r"^http://s320.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s320.localhost.*"])
CORS(local, origins=[r"^http://s321.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s321.localhost.*"])
CORS(local, origins=[r"^http://s322.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s322.localhost.*"])
CORS(local, origins=[r"^http://s323.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s323.localhost.*"])
CORS(local, origins=[r"^http://s324.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s324.localhost.*"])
CORS(local, origins=[r"^http://s325.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s325.localhost.*"])
CORS(local, origins=[r"^http://s326.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s326.localhost.*"])
CORS(local, origins=[r"^http://s327.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s327.localhost.*"])
CORS(local, origins=[r"^http://s328.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s328.localhost.*"])
CORS(local, origins=[r"^http://s329.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s329.localhost.*"])
CORS(local, origins=[r"^http://s330.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s330.localhost.*"])
CORS(local, origins=[r"^http://s331.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s331.localhost.*"])
CORS(local, origins=[r"^http://s332.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s332.localhost.*"])
CORS(local, origins=[r"^http://s333.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s333.localhost.*"])
CORS(local, origins=[r"^http://s334.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s334.localhost.*"])
CORS(local, origins=[r"^http://s335.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s335.localhost.*"])
CORS(local, origins=[r"^http://s336.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s336.localhost.*"])
CORS(local, origins=[r"^http://s337.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s337.localhost.*"])
CORS(local, origins=[r"^http://s338.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s338.localhost.*"])
CORS(local, origins=[r"^http://s339.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s339.localhost.*"])
CORS(local, origins=[r"^http://s340.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s340.localhost.*"])
CORS(local, origins=[r"^http://s341.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s341.localhost.*"])
CORS(local, origins=[r"^http://s342.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s342.localhost.*"])
CORS(local, origins=[r"^http://s343.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s343.localhost.*"])
CORS(local, origins=[r"^http://s344.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s344.localhost.*"])
CORS(local, origins=[r"^http://s345.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s345.localhost.*"])
CORS(local, origins=[r"^http://s346.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s346.localhost.*"])
CORS(local, origins=[r"^http://s347.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s347.localhost.*"])
CORS(local, origins=[r"^http://s348.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s348.localhost.*"])
CORS(local, origins=[r"^http://s349.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s349.localhost.*"])
CORS(local, origins=[r"^http://s350.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s350.localhost.*"])
CORS(local, origins=[r"^http://s351.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s351.localhost.*"])
CORS(local, origins=[r"^http://s352.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s352.localhost.*"])
CORS(local, origins=[r"^http://s353.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s353.localhost.*"])
CORS(local, origins=[r"^http://s354.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s354.localhost.*"])
CORS(local, origins=[r"^http://s355.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s355.localhost.*"])
CORS(local, origins=[r"^http://s356.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s356.localhost.*"])
CORS(local, origins=[r"^http://s357.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s357.localhost.*"])
CORS(local, origins=[r"^http://s358.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s358.localhost.*"])
CORS(local, origins=[r"^http://s359.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s359.localhost.*"])
CORS(local, origins=[r"^http://s360.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s360.localhost.*"])
CORS(local, origins=[r"^http://s361.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s361.localhost.*"])
CORS(local, origins=[r"^http://s362.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s362.localhost.*"])
CORS(local, origins=[r"^http://s363.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s363.localhost.*"])
CORS(local, origins=[r"^http://s364.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s364.localhost.*"])
CORS(local, origins=[r"^http://s365.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s365.localhost.*"])
CORS(local, origins=[r"^http://s366.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s366.localhost.*"])
CORS(local, origins=[r"^http://s367.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s367.localhost.*"])
CORS(local, origins=[r"^http://s368.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s368.localhost.*"])
CORS(local, origins=[r"^http://s369.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s369.localhost.*"])
CORS(local, origins=[r"^http://s370.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s370.localhost.*"])
CORS(local, origins=[r"^http://s371.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s371.localhost.*"])
CORS(local, origins=[r"^http://s372.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s372.localhost.*"])
CORS(local, origins=[r"^http://s373.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s373.localhost.*"])
CORS(local, origins=[r"^http://s374.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s374.localhost.*"])
CORS(local, origins=[r"^http://s375.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s375.localhost.*"])
CORS(local, origins=[r"^http://s376.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s376.localhost.*"])
CORS(local, origins=[r"^http://s377.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s377.localhost.*"])
CORS(local, origins=[r"^http://s378.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s378.localhost.*"])
CORS(local, origins=[r"^http://s379.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s379.localhost.*"])
CORS(local, origins=[r"^http://s380.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s380.localhost.*"])
CORS(local, origins=[r"^http://s381.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s381.localhost.*"])
CORS(local, origins=[r"^http://s382.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s382.localhost.*"])
CORS(local, origins=[r"^http://s383.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s383.localhost.*"])
CORS(local, origins=[r"^http://s384.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s384.localhost.*"])
CORS(local, origins=[r"^http://s385.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s385.localhost.*"])
CORS(local, origins=[r"^http://s386.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s386.localhost.*"])
CORS(local, origins=[r"^http://s387.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s387.localhost.*"])
CORS(local, origins=[r"^http://s388.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s388.localhost.*"])
CORS(local, origins=[r"^http://s389.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s389.localhost.*"])
CORS(local, origins=[r"^http://s390.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s390.localhost.*"])
CORS(local, origins=[r"^http://s391.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s391.localhost.*"])
CORS(local, origins=[r"^http://s392.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s392.localhost.*"])
CORS(local, origins=[r"^http://s393.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s393.localhost.*"])
CORS(local, origins=[r"^http://s394.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s394.localhost.*"])
CORS(local, origins=[r"^http://s395.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s395.localhost.*"])
CORS(local, origins=[r"^http://s396.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s396.localhost.*"])
CORS(local, origins=[r"^http://s397.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s397.localhost.*"])
CORS(local, origins=[r"^http://s398.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s398.localhost.*"])
CORS(local, origins=[r"^http://s399.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s399.localhost.*"])
CORS(local, origins=[r"^http://s400.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s400.localhost.*"])
CORS(local, origins=[r"^http://s401.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s401.localhost.*"])
CORS(local, origins=[r"^http://s402.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s402.localhost.*"])
CORS(local, origins=[r"^http://s403.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s403.localhost.*"])
CORS(local, origins=[r"^http://s404.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s404.localhost.*"])
CORS(local, origins=[r"^http://s405.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s405.localhost.*"])
CORS(local, origins=[r"^http://s406.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s406.localhost.*"])
CORS(local, origins=[r"^http://s407.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s407.localhost.*"])
CORS(local, origins=[r"^http://s408.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s408.localhost.*"])
CORS(local, origins=[r"^http://s409.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s409.localhost.*"])
CORS(local, origins=[r"^http://s410.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s410.localhost.*"])
CORS(local, origins=[r"^http://s411.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s411.localhost.*"])
CORS(local, origins=[r"^http://s412.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s412.localhost.*"])
CORS(local, origins=[r"^http://s413.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s413.localhost.*"])
CORS(local, origins=[r"^http://s414.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s414.localhost.*"])
CORS(local, origins=[r"^http://s415.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s415.localhost.*"])
CORS(local, origins=[r"^http://s416.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s416.localhost.*"])
CORS(local, origins=[r"^http://s417.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s417.localhost.*"])
CORS(local, origins=[r"^http://s418.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s418.localhost.*"])
CORS(local, origins=[r"^http://s419.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s419.localhost.*"])
CORS(local, origins=[r"^http://s420.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s420.localhost.*"])
CORS(local, origins=[r"^http://s421.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s421.localhost.*"])
CORS(local, origins=[r"^http://s422.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s422.localhost.*"])
CORS(local, origins=[r"^http://s423.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s423.localhost.*"])
CORS(local, origins=[r"^http://s424.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s424.localhost.*"])
CORS(local, origins=[r"^http://s425.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s425.localhost.*"])
CORS(local, origins=[r"^http://s426.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s426.localhost.*"])
CORS(local, origins=[r"^http://s427.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s427.localhost.*"])
CORS(local, origins=[r"^http://s428.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s428.localhost.*"])
CORS(local, origins=[r"^http://s429.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s429.localhost.*"])
CORS(local, origins=[r"^http://s430.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s430.localhost.*"])
CORS(local, origins=[r"^http://s431.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s431.localhost.*"])
CORS(local, origins=[r"^http://s432.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s432.localhost.*"])
CORS(local, origins=[r"^http://s433.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s433.localhost.*"])
CORS(local, origins=[r"^http://s434.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s434.localhost.*"])
CORS(local, origins=[r"^http://s435.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s435.localhost.*"])
CORS(local, origins=[r"^http://s436.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s436.localhost.*"])
CORS(local, origins=[r"^http://s437.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s437.localhost.*"])
CORS(local, origins=[r"^http://s438.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s438.localhost.*"])
CORS(local, origins=[r"^http://s439.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s439.localhost.*"])
CORS(local, origins=[r"^http://s440.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s440.localhost.*"])
CORS(local, origins=[r"^http://s441.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s441.localhost.*"])
CORS(local, origins=[r"^http://s442.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s442.localhost.*"])
CORS(local, origins=[r"^http://s443.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s443.localhost.*"])
CORS(local, origins=[r"^http://s444.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s444.localhost.*"])
CORS(local, origins=[r"^http://s445.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s445.localhost.*"])
CORS(local, origins=[r"^http://s446.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s446.localhost.*"])
CORS(local, origins=[r"^http://s447.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s447.localhost.*"])
CORS(local, origins=[r"^http://s448.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s448.localhost.*"])
CORS(local, origins=[r"^http://s449.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s449.localhost.*"])
CORS(local, origins=[r"^http://s450.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s450.localhost.*"])
CORS(local, origins=[r"^http://s451.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s451.localhost.*"])
CORS(local, origins=[r"^http://s452.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s452.localhost.*"])
CORS(local, origins=[r"^http://s453.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s453.localhost.*"])
CORS(local, origins=[r"^http://s454.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s454.localhost.*"])
CORS(local, origins=[r"^http://s455.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s455.localhost.*"])
CORS(local, origins=[r"^http://s456.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s456.localhost.*"])
CORS(local, origins=[r"^http://s457.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s457.localhost.*"])
CORS(local, origins=[r"^http://s458.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s458.localhost.*"])
CORS(local, origins=[r"^http://s459.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s459.localhost.*"])
CORS(local, origins=[r"^http://s460.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s460.localhost.*"])
CORS(local, origins=[r"^http://s461.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s461.localhost.*"])
CORS(local, origins=[r"^http://s462.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s462.localhost.*"])
CORS(local, origins=[r"^http://s463.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s463.localhost.*"])
CORS(local, origins=[r"^http://s464.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s464.localhost.*"])
CORS(local, origins=[r"^http://s465.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s465.localhost.*"])
CORS(local, origins=[r"^http://s466.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s466.localhost.*"])
CORS(local, origins=[r"^http://s467.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s467.localhost.*"])
CORS(local, origins=[r"^http://s468.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s468.localhost.*"])
CORS(local, origins=[r"^http://s469.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s469.localhost.*"])
CORS(local, origins=[r"^http://s470.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s470.localhost.*"])
CORS(local, origins=[r"^http://s471.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s471.localhost.*"])
CORS(local, origins=[r"^http://s472.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s472.localhost.*"])
CORS(local, origins=[r"^http://s473.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s473.localhost.*"])
CORS(local, origins=[r"^http://s474.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s474.localhost.*"])
CORS(local, origins=[r"^http://s475.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s475.localhost.*"])
CORS(local, origins=[r"^http://s476.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s476.localhost.*"])
CORS(local, origins=[r"^http://s477.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s477.localhost.*"])
CORS(local, origins=[r"^http://s478.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s478.localhost.*"])
CORS(local, origins=[r"^http://s479.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s479.localhost.*"])
CORS(local, origins=[r"^http://s480.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s480.localhost.*"])
CORS(local, origins=[r"^http://s481.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s481.localhost.*"])
CORS(local, origins=[r"^http://s482.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s482.localhost.*"])
CORS(local, origins=[r"^http://s483.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s483.localhost.*"])
CORS(local, origins=[r"^http://s484.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s484.localhost.*"])
CORS(local, origins=[r"^http://s485.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s485.localhost.*"])
CORS(local, origins=[r"^http://s486.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s486.localhost.*"])
CORS(local, origins=[r"^http://s487.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s487.localhost.*"])
CORS(local, origins=[r"^http://s488.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s488.localhost.*"])
CORS(local, origins=[r"^http://s489.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s489.localhost.*"])
CORS(local, origins=[r"^http://s490.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s490.localhost.*"])
CORS(local, origins=[r"^http://s491.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s491.localhost.*"])
CORS(local, origins=[r"^http://s492.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s492.localhost.*"])
CORS(local, origins=[r"^http://s493.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s493.localhost.*"])
CORS(local, origins=[r"^http://s494.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s494.localhost.*"])
CORS(local, origins=[r"^http://s495.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s495.localhost.*"])
CORS(local, origins=[r"^http://s496.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s496.localhost.*"])
CORS(local, origins=[r"^http://s497.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s497.localhost.*"])
CORS(local, origins=[r"^http://s498.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s498.localhost.*"])
CORS(local, origins=[r"^http://s499.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s499.localhost.*"])
CORS(local, origins=[r"^http://s500.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s500.localhost.*"])
CORS(local, origins=[r"^http://s501.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s501.localhost.*"])
CORS(local, origins=[r"^http://s502.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s502.localhost.*"])
CORS(local, origins=[r"^http://s503.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s503.localhost.*"])
CORS(local, origins=[r"^http://s504.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s504.localhost.*"])
CORS(local, origins=[r"^http://s505.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s505.localhost.*"])
CORS(local, origins=[r"^http://s506.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s506.localhost.*"])
CORS(local, origins=[r"^http://s507.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s507.localhost.*"])
CORS(local, origins=[r"^http://s508.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s508.localhost.*"])
CORS(local, origins=[r"^http://s509.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s509.localhost.*"])
CORS(local, origins=[r"^http://s510.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s510.localhost.*"])
CORS(local, origins=[r"^http://s511.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s511.localhost.*"])
CORS(local, origins=[r"^http://s512.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s512.localhost.*"])
CORS(local, origins=[r"^http://s513.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s513.localhost.*"])
CORS(local, origins=[r"^http://s514.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s514.localhost.*"])
CORS(local, origins=[r"^http://s515.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s515.localhost.*"])
CORS(local, origins=[r"^http://s516.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s516.localhost.*"])
CORS(local, origins=[r"^http://s517.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s517.localhost.*"])
CORS(local, origins=[r"^http://s518.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s518.localhost.*"])
CORS(local, origins=[r"^http://s519.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s519.localhost.*"])
CORS(local, origins=[r"^http://s520.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s520.localhost.*"])
CORS(local, origins=[r"^http://s521.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s521.localhost.*"])
CORS(local, origins=[r"^http://s522.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s522.localhost.*"])
CORS(local, origins=[r"^http://s523.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s523.localhost.*"])
CORS(local, origins=[r"^http://s524.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s524.localhost.*"])
CORS(local, origins=[r"^http://s525.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s525.localhost.*"])
CORS(local, origins=[r"^http://s526.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s526.localhost.*"])
CORS(local, origins=[r"^http://s527.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s527.localhost.*"])
CORS(local, origins=[r"^http://s528.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s528.localhost.*"])
CORS(local, origins=[r"^http://s529.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s529.localhost.*"])
CORS(local, origins=[r"^http://s530.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s530.localhost.*"])
CORS(local, origins=[r"^http://s531.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s531.localhost.*"])
CORS(local, origins=[r"^http://s532.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s532.localhost.*"])
CORS(local, origins=[r"^http://s533.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s533.localhost.*"])
CORS(local, origins=[r"^http://s534.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s534.localhost.*"])
CORS(local, origins=[r"^http://s535.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s535.localhost.*"])
CORS(local, origins=[r"^http://s536.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s536.localhost.*"])
CORS(local, origins=[r"^http://s537.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s537.localhost.*"])
CORS(local, origins=[r"^http://s538.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s538.localhost.*"])
CORS(local, origins=[r"^http://s539.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s539.localhost.*"])
CORS(local, origins=[r"^http://s540.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s540.localhost.*"])
CORS(local, origins=[r"^http://s541.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s541.localhost.*"])
CORS(local, origins=[r"^http://s542.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s542.localhost.*"])
CORS(local, origins=[r"^http://s543.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s543.localhost.*"])
CORS(local, origins=[r"^http://s544.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s544.localhost.*"])
CORS(local, origins=[r"^http://s545.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s545.localhost.*"])
CORS(local, origins=[r"^http://s546.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s546.localhost.*"])
CORS(local, origins=[r"^http://s547.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s547.localhost.*"])
CORS(local, origins=[r"^http://s548.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s548.localhost.*"])
CORS(local, origins=[r"^http://s549.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s549.localhost.*"])
CORS(local, origins=[r"^http://s550.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s550.localhost.*"])
CORS(local, origins=[r"^http://s551.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s551.localhost.*"])
CORS(local, origins=[r"^http://s552.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s552.localhost.*"])
CORS(local, origins=[r"^http://s553.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s553.localhost.*"])
CORS(local, origins=[r"^http://s554.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s554.localhost.*"])
CORS(local, origins=[r"^http://s555.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s555.localhost.*"])
CORS(local, origins=[r"^http://s556.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s556.localhost.*"])
CORS(local, origins=[r"^http://s557.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s557.localhost.*"])
CORS(local, origins=[r"^http://s558.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s558.localhost.*"])
CORS(local, origins=[r"^http://s559.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s559.localhost.*"])
CORS(local, origins=[r"^http://s560.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s560.localhost.*"])
CORS(local, origins=[r"^http://s561.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s561.localhost.*"])
CORS(local, origins=[r"^http://s562.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s562.localhost.*"])
CORS(local, origins=[r"^http://s563.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s563.localhost.*"])
CORS(local, origins=[r"^http://s564.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s564.localhost.*"])
CORS(local, origins=[r"^http://s565.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s565.localhost.*"])
CORS(local, origins=[r"^http://s566.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s566.localhost.*"])
CORS(local, origins=[r"^http://s567.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s567.localhost.*"])
CORS(local, origins=[r"^http://s568.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s568.localhost.*"])
CORS(local, origins=[r"^http://s569.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s569.localhost.*"])
CORS(local, origins=[r"^http://s570.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s570.localhost.*"])
CORS(local, origins=[r"^http://s571.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s571.localhost.*"])
CORS(local, origins=[r"^http://s572.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s572.localhost.*"])
CORS(local, origins=[r"^http://s573.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s573.localhost.*"])
CORS(local, origins=[r"^http://s574.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s574.localhost.*"])
CORS(local, origins=[r"^http://s575.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s575.localhost.*"])
CORS(local, origins=[r"^http://s576.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s576.localhost.*"])
CORS(local, origins=[r"^http://s577.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s577.localhost.*"])
CORS(local, origins=[r"^http://s578.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s578.localhost.*"])
CORS(local, origins=[r"^http://s579.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s579.localhost.*"])
CORS(local, origins=[r"^http://s580.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s580.localhost.*"])
CORS(local, origins=[r"^http://s581.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s581.localhost.*"])
CORS(local, origins=[r"^http://s582.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s582.localhost.*"])
CORS(local, origins=[r"^http://s583.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s583.localhost.*"])
CORS(local, origins=[r"^http://s584.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s584.localhost.*"])
CORS(local, origins=[r"^http://s585.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s585.localhost.*"])
CORS(local, origins=[r"^http://s586.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s586.localhost.*"])
CORS(local, origins=[r"^http://s587.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s587.localhost.*"])
CORS(local, origins=[r"^http://s588.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s588.localhost.*"])
CORS(local, origins=[r"^http://s589.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s589.localhost.*"])
CORS(local, origins=[r"^http://s590.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s590.localhost.*"])
CORS(local, origins=[r"^http://s591.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s591.localhost.*"])
CORS(local, origins=[r"^http://s592.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s592.localhost.*"])
CORS(local, origins=[r"^http://s593.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s593.localhost.*"])
CORS(local, origins=[r"^http://s594.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s594.localhost.*"])
CORS(local, origins=[r"^http://s595.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s595.localhost.*"])
CORS(local, origins=[r"^http://s596.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s596.localhost.*"])
CORS(local, origins=[r"^http://s597.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s597.localhost.*"])
CORS(local, origins=[r"^http://s598.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s598.localhost.*"])
CORS(local, origins=[r"^http://s599.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s599.localhost.*"])
CORS(local, origins=[r"^http://s600.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s600.localhost.*"])
CORS(local, origins=[r"^http://s601.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s601.localhost.*"])
CORS(local, origins=[r"^http://s602.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s602.localhost.*"])
CORS(local, origins=[r"^http://s603.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s603.localhost.*"])
CORS(local, origins=[r"^http://s604.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s604.localhost.*"])
CORS(local, origins=[r"^http://s605.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s605.localhost.*"])
CORS(local, origins=[r"^http://s606.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s606.localhost.*"])
CORS(local, origins=[r"^http://s607.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s607.localhost.*"])
CORS(local, origins=[r"^http://s608.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s608.localhost.*"])
CORS(local, origins=[r"^http://s609.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s609.localhost.*"])
CORS(local, origins=[r"^http://s610.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s610.localhost.*"])
CORS(local, origins=[r"^http://s611.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s611.localhost.*"])
CORS(local, origins=[r"^http://s612.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s612.localhost.*"])
CORS(local, origins=[r"^http://s613.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s613.localhost.*"])
CORS(local, origins=[r"^http://s614.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s614.localhost.*"])
CORS(local, origins=[r"^http://s615.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s615.localhost.*"])
CORS(local, origins=[r"^http://s616.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s616.localhost.*"])
CORS(local, origins=[r"^http://s617.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s617.localhost.*"])
CORS(local, origins=[r"^http://s618.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s618.localhost.*"])
CORS(local, origins=[r"^http://s619.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s619.localhost.*"])
CORS(local, origins=[r"^http://s620.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s620.localhost.*"])
CORS(local, origins=[r"^http://s621.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s621.localhost.*"])
CORS(local, origins=[r"^http://s622.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s622.localhost.*"])
CORS(local, origins=[r"^http://s623.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s623.localhost.*"])
CORS(local, origins=[r"^http://s624.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s624.localhost.*"])
CORS(local, origins=[r"^http://s625.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s625.localhost.*"])
CORS(local, origins=[r"^http://s626.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s626.localhost.*"])
CORS(local, origins=[r"^http://s627.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s627.localhost.*"])
CORS(local, origins=[r"^http://s628.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s628.localhost.*"])
CORS(local, origins=[r"^http://s629.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s629.localhost.*"])
CORS(local, origins=[r"^http://s630.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s630.localhost.*"])
CORS(local, origins=[r"^http://s631.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s631.localhost.*"])
CORS(local, origins=[r"^http://s632.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s632.localhost.*"])
CORS(local, origins=[r"^http://s633.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s633.localhost.*"])
CORS(local, origins=[r"^http://s634.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s634.localhost.*"])
CORS(local, origins=[r"^http://s635.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s635.localhost.*"])
CORS(local, origins=[r"^http://s636.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s636.localhost.*"])
CORS(local, origins=[r"^http://s637.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s637.localhost.*"])
CORS(local, origins=[r"^http://s638.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s638.localhost.*"])
CORS(local, origins=[r"^http://s639.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s639.localhost.*"])
CORS(local, origins=[r"^http://s640.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s640.localhost.*"])
CORS(local, origins=[r"^http://s641.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s641.localhost.*"])
CORS(local, origins=[r"^http://s642.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s642.localhost.*"])
CORS(local, origins=[r"^http://s643.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s643.localhost.*"])
CORS(local, origins=[r"^http://s644.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s644.localhost.*"])
CORS(local, origins=[r"^http://s645.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s645.localhost.*"])
CORS(local, origins=[r"^http://s646.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s646.localhost.*"])
CORS(local, origins=[r"^http://s647.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s647.localhost.*"])
CORS(local, origins=[r"^http://s648.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s648.localhost.*"])
CORS(local, origins=[r"^http://s649.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s649.localhost.*"])
CORS(local, origins=[r"^http://s650.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s650.localhost.*"])
CORS(local, origins=[r"^http://s651.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s651.localhost.*"])
CORS(local, origins=[r"^http://s652.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s652.localhost.*"])
CORS(local, origins=[r"^http://s653.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s653.localhost.*"])
CORS(local, origins=[r"^http://s654.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s654.localhost.*"])
CORS(local, origins=[r"^http://s655.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s655.localhost.*"])
CORS(local, origins=[r"^http://s656.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s656.localhost.*"])
CORS(local, origins=[r"^http://s657.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s657.localhost.*"])
CORS(local, origins=[r"^http://s658.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s658.localhost.*"])
CORS(local, origins=[r"^http://s659.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s659.localhost.*"])
CORS(local, origins=[r"^http://s660.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s660.localhost.*"])
CORS(local, origins=[r"^http://s661.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s661.localhost.*"])
CORS(local, origins=[r"^http://s662.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s662.localhost.*"])
CORS(local, origins=[r"^http://s663.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s663.localhost.*"])
CORS(local, origins=[r"^http://s664.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s664.localhost.*"])
CORS(local, origins=[r"^http://s665.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s665.localhost.*"])
CORS(local, origins=[r"^http://s666.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s666.localhost.*"])
CORS(local, origins=[r"^http://s667.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s667.localhost.*"])
CORS(local, origins=[r"^http://s668.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s668.localhost.*"])
CORS(local, origins=[r"^http://s669.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s669.localhost.*"])
CORS(local, origins=[r"^http://s670.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s670.localhost.*"])
CORS(local, origins=[r"^http://s671.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s671.localhost.*"])
CORS(local, origins=[r"^http://s672.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s672.localhost.*"])
CORS(local, origins=[r"^http://s673.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s673.localhost.*"])
CORS(local, origins=[r"^http://s674.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s674.localhost.*"])
CORS(local, origins=[r"^http://s675.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s675.localhost.*"])
CORS(local, origins=[r"^http://s676.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s676.localhost.*"])
CORS(local, origins=[r"^http://s677.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s677.localhost.*"])
CORS(local, origins=[r"^http://s678.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s678.localhost.*"])
CORS(local, origins=[r"^http://s679.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s679.localhost.*"])
CORS(local, origins=[r"^http://s680.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s680.localhost.*"])
CORS(local, origins=[r"^http://s681.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s681.localhost.*"])
CORS(local, origins=[r"^http://s682.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s682.localhost.*"])
CORS(local, origins=[r"^http://s683.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s683.localhost.*"])
CORS(local, origins=[r"^http://s684.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s684.localhost.*"])
CORS(local, origins=[r"^http://s685.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s685.localhost.*"])
CORS(local, origins=[r"^http://s686.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s686.localhost.*"])
CORS(local, origins=[r"^http://s687.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s687.localhost.*"])
CORS(local, origins=[r"^http://s688.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s688.localhost.*"])
CORS(local, origins=[r"^http://s689.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s689.localhost.*"])
CORS(local, origins=[r"^http://s690.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s690.localhost.*"])
CORS(local, origins=[r"^http://s691.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s691.localhost.*"])
CORS(local, origins=[r"^http://s692.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s692.localhost.*"])
CORS(local, origins=[r"^http://s693.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s693.localhost.*"])
CORS(local, origins=[r"^http://s694.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s694.localhost.*"])
CORS(local, origins=[r"^http://s695.127.0.0.1:\d+$"])

dev = Flask("dev")
# expect: weak-regex
CORS(dev, origins=["http://s695.localhost.*"])
CORS(local, origins=[r"^http://s696.127.0.0.1:\d+$"])

