# Varnish 7.1 in front of Broadsheet (Debian: varnish, varnish-modules).
#
# Caches what Broadsheet marks public, for as long as its Cache-Control says (s-maxage), and drops
# pages by surrogate key when a node purges: every cacheable response names what it shows in an
# `xkey` header (e.g. "all article-42 home section-3"), and a node sends
#   PURGE <any path>    xkey-purge: article-42 home section-3
# after its own page cache dropped those. Only addresses in the `purgers` ACL may purge.
#
# The backend and the ACL are the installation's own, in origin.vcl next to this file (found
# through varnishd's vcl_path); deploy/varnish/origin.vcl is the example's.
vcl 4.1;

import cookie;
import xkey;

include "origin.vcl";

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Not allowed to purge"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "PURGE needs an xkey-purge header"));
        }
        set req.http.x-purged = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.x-purged));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Marketing parameters change nothing a page shows (Broadsheet's own page cache ignores them
    # too): take them out, so /?utm_source=x is the object / is, and a flood of random values
    # makes no new objects. Each goes with its separator; what is left is tidied after.
    if (req.url ~ "(?i)[?&](utm_[a-z0-9_]*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|twclid|ttclid|li_fat_id|mkt_tok|_hsenc|_hsmi)(=[^&]*)?(&|$)") {
        set req.url = regsuball(req.url, "(?i)([?&])(utm_[a-z0-9_]*|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|yclid|twclid|ttclid|li_fat_id|mkt_tok|_hsenc|_hsmi)(=[^&]*)?(?=&|$)", "\1");
        set req.url = regsuball(req.url, "([?&])[?&]+", "\1");
        set req.url = regsub(req.url, "[?&]+$", "");
    }
    # The newsroom and signed-in staff are never cached (Broadsheet says so too, private).
    if (req.url ~ "^/admin" || req.http.Cookie ~ "(^|;\s*)newsroom_session=") {
        return (pass);
    }
    # Only the consent choice changes a public page (banner or not, embeds or not): keep that
    # cookie, drop every other, so readers share the few variants Broadsheet's Vary allows.
    if (req.http.Cookie) {
        cookie.parse(req.http.Cookie);
        cookie.keep("consent");
        set req.http.Cookie = cookie.get_string();
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
    return (hash);
}

# An object served over https carries HSTS and one over http does not (Broadsheet sends it only
# where the request is https): keep the two apart when the TLS end in front says which it was.
sub vcl_hash {
    if (req.http.X-Forwarded-Proto) {
        hash_data(req.http.X-Forwarded-Proto);
    }
}

sub vcl_backend_response {
    # Keep only what Broadsheet says may be kept: a response without Cache-Control (health
    # checks, for one) is not cached for Varnish's default two minutes. For the rest Varnish's
    # builtin rules apply: Cache-Control (s-maxage first) sets the time; private, no-store and
    # Set-Cookie are not kept.
    if (!beresp.http.Cache-Control) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The keys are for caches, not readers.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
}
