# Shell helpers shared by scripts/dev-stack and scripts/cluster (sourced, not run). The caller sets $state (where
# secrets, certificates and pid files live) and $venv (the SeaweedFS venv) before calling them.

# Each secret is made once per stack, at random, into a file only root may read; no script holds one.
secret() {
    local file=$state/secrets/$1
    if [ ! -s "$file" ]; then
        mkdir -p "$state/secrets"
        chmod 700 "$state/secrets"
        (umask 077; openssl rand -hex 24 > "$file")
    fi
    cat "$file"
}

# Prints a free port that is none of the ports given. The kernel may hand out a port again as soon as its probe
# socket closes, so ports chosen one after another can repeat (two SeaweedFS listeners once got the same one).
free_port() {
    python3 -c 'import socket, sys
taken = set(sys.argv[1:])
while True:
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = str(s.getsockname()[1]); s.close()
    if port not in taken: print(port); break' "$@"
}

# Every port is chosen free once and kept in the settings file, so restarts reuse them. SeaweedFS would otherwise
# put its gRPC ports at port+10000 (past 65535 for high ports) and extra listeners on fixed ports that may be taken.
write_port_settings() {
    local settings=$1 name
    shift
    mkdir -p "$(dirname "$settings")"
    touch "$settings"
    for name in "$@"; do
        grep -q "^$name=" "$settings" || echo "$name=$(free_port $(cut -d= -f2 "$settings"))" >> "$settings"
    done
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_pid() {
    local pidfile=$1 pid
    running "$pidfile" || return 1
    pid=$(cat "$pidfile")
    kill "$pid"
    for _ in $(seq 1 75); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
}

# A CA of this stack and one server certificate for the addresses in $1 (subjectAltName syntax), used by every
# service; the key stays root's.
make_certificates() {
    local tls=$state/tls names=${1:-IP:127.0.0.1,DNS:localhost}
    [ -f "$tls/server.crt" ] && { make_weed_certificate "$names"; return; }
    mkdir -p "$tls"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tls/ca.key" -out "$tls/ca.crt" -days 3650 \
        -subj "/CN=MeetingFS $(basename "$0") CA" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -keyout "$tls/server.key" -out "$tls/server.csr" -subj "/CN=127.0.0.1" 2>/dev/null
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' "$names" > "$tls/server.ext"
    openssl x509 -req -in "$tls/server.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 825 \
        -extfile "$tls/server.ext" -out "$tls/server.crt" 2>/dev/null
    chmod 600 "$tls/ca.key" "$tls/server.key"
    chmod 644 "$tls/ca.crt" "$tls/server.crt"
    make_weed_certificate "$names"
}

# SeaweedFS's own gRPC (master, volume, filer, S3 gateway) is mutual TLS with this certificate, which serves and
# identifies alike: a local user without its key (0600) cannot call the master's Assign or CollectionDelete.
make_weed_certificate() {
    local tls=$state/tls
    [ -f "$tls/weed.crt" ] && return
    (umask 077; openssl req -newkey rsa:2048 -nodes -keyout "$tls/weed.key" -out "$tls/weed.csr" -subj "/CN=127.0.0.1" 2>/dev/null)
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth,clientAuth\n' "$1" > "$tls/weed.ext"
    openssl x509 -req -in "$tls/weed.csr" -CA "$tls/ca.crt" -CAkey "$tls/ca.key" -CAcreateserial -days 825 \
        -extfile "$tls/weed.ext" -out "$tls/weed.crt" 2>/dev/null
    chmod 600 "$tls/weed.key"
}

# Reads (making them on first use) SeaweedFS's JWT keys, before anything runs in the background.
load_weed_keys() {
    weed_write_key=$(secret weed-jwt-write-key)
    weed_read_key=$(secret weed-jwt-read-key)
    weed_filer_write_key=$(secret weed-jwt-filer-write-key)
    weed_filer_read_key=$(secret weed-jwt-filer-read-key)
}

# SeaweedFS's JWT security (what security.toml would hold, from the environment so no file holds it): volume
# servers take writes and reads, and the filer's HTTP port writes and reads, only with a token signed by these
# keys, which only the stack's own processes have; the volume and filer UIs are off. Run with `&`: the
# subshell becomes weed itself, so $! is its pid. $weed_timeout, if set, bounds a command's seconds.
weed_with_keys() {
    local crt=$state/tls/weed.crt key=$state/tls/weed.key
    WEED_JWT_SIGNING_KEY=$weed_write_key WEED_JWT_SIGNING_READ_KEY=$weed_read_key \
        WEED_JWT_FILER_SIGNING_KEY=$weed_filer_write_key WEED_JWT_FILER_SIGNING_READ_KEY=$weed_filer_read_key \
        WEED_ACCESS_UI=false WEED_FILER_EXPOSE_DIRECTORY_METADATA_ENABLED=false \
        WEED_GRPC_CA=$state/tls/ca.crt WEED_GRPC_CLIENT_CERT=$crt WEED_GRPC_CLIENT_KEY=$key \
        WEED_GRPC_MASTER_CERT=$crt WEED_GRPC_MASTER_KEY=$key WEED_GRPC_VOLUME_CERT=$crt WEED_GRPC_VOLUME_KEY=$key \
        WEED_GRPC_FILER_CERT=$crt WEED_GRPC_FILER_KEY=$key WEED_GRPC_S3_CERT=$crt WEED_GRPC_S3_KEY=$key \
        exec ${weed_timeout:+timeout "$weed_timeout"} nohup "$venv/bin/weed" "$@"
}
