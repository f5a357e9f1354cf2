# Sourced by the install-*.sh scripts: install Debian packages with apt-get, as root or with
# sudo, refreshing the package lists first (a fresh machine has none).
# Usage: apt_install NAME PACKAGE...   (NAME prefixes the messages)

# Usage: apt_update NAME   (refresh the package lists; sets sudo_cmd for what follows)

apt_update() {
    name=$1
    sudo_cmd=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo_cmd="sudo"
        else
            echo "$name: must run as root (or with sudo available)" >&2
            exit 1
        fi
    fi
    echo "$name: running apt-get update"
    $sudo_cmd apt-get update -q
}

apt_install() {
    name=$1
    shift
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "$name: no apt-get here; install $* by hand" >&2
        exit 1
    fi
    apt_update "$name"
    echo "$name: installing $*"
    # a package may try to start its system service; the tests never use those
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q --no-install-recommends "$@"
}
