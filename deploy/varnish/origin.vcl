# The example's origin and purgers (deploy/example/run): haproxy on this machine, and the nodes on
# this machine. A real installation lists its load balancer here and its nodes' addresses.
backend broadsheet {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = {
        .url = "/healthz";
        .interval = 2s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
    }
}

acl purgers {
    "127.0.0.1";
    "::1";
}
