vcl 4.0;

# The web server behind the cache
backend default {
    .host = "127.0.0.1";
    .port = "8080";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        return (purge);
    }
    // no cookies for static files
    if (req.url ~ "\.(css|js|png)$") {
        unset req.http.Cookie;
    }
}

sub vcl_backend_response {
    set beresp.ttl = 1h;
    set beresp.grace = 30s;
}
