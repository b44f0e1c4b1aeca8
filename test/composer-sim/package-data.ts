// Compact word lists from which packages.ts grows a catalogue of a few thousand packages:
// each list has a rule (sub-packages, summary, requirements), so the data stays small.
// Names are real Fedora package name patterns; versions and summaries are made up by rule.

const words = (text: string): string[] => text.trim().split(/\s+/);

/** C libraries: <lib>, <lib>-devel (requires <lib>), some <lib>-static */
export const LIBRARIES = words(`
libpng libjpeg-turbo libtiff libwebp giflib libexif lcms2 openjpeg2 libheif libavif libraw
libogg libvorbis flac opus libsndfile libsamplerate speex lame-libs twolame mpg123 wavpack
libX11 libXext libXrender libXrandr libXi libXcursor libXdamage libXfixes libXcomposite libXinerama libxcb libxkbcommon
mesa-libGL mesa-libEGL mesa-libgbm libdrm libglvnd libepoxy vulkan-loader wayland pixman cairo pango harfbuzz fribidi
gtk3 gtk4 atk at-spi2-core gdk-pixbuf2 libnotify libsecret libsoup3 libsoup webkit2gtk4.1 json-glib gobject-introspection
boost protobuf grpc abseil-cpp re2 snappy leveldb rocksdb lmdb tokyocabinet kyotocabinet hiredis libmemcached
libevent libuv libev c-ares libwebsockets libmicrohttpd libnghttp3 ngtcp2 libssh2 libtirpc libnsl2 rpcbind
libcurl-minimal libidn libmaxminddb geoip libyaml libxslt expat-static jansson-devel-static json-glib tinyxml2 pugixml
yaml-cpp jsoncpp rapidjson nlohmann-json fmt spdlog gflags glog gtest gmock benchmark catch2 doctest
eigen3 blas lapack openblas fftw gsl hdf5 netcdf suitesparse arpack superlu metis scotch mpfr libmpc isl
sqlite postgresql-private-libs mariadb-connector-c unixODBC freetds libpq libdbi
libgit2 libzip minizip brotli lz4 zstd-devel-static xz-lzma-compat libarchive-devel-static lzo snappy-java
libusb1 libusbx hidapi libgudev libinput libevdev mtdev libwacom libimobiledevice libplist usbmuxd
libnl3-cli libpcap libnetfilter_queue libnetfilter_log ipset-libs libmaxminddb-devel-static
libcgroup libcap-ng-python3 libseccomp-static libbpf-tools libtraceevent libtracefs elfutils-debuginfod-client
libical libical-glib libgdata evolution-data-server libgweather4 geoclue2 libshumate
libvirt-libs libguestfs qemu-img libnbd nbdkit libosinfo osinfo-db spice-glib spice-gtk3 usbredir
ncurses-compat-libs readline-static slang newt libedit libtermkey libvterm unibilium tree-sitter
`).filter(n => !/-static$/.test(n));

/** Applications: <name> with a summary, sometimes <name>-doc and <name>-common */
export const APPLICATIONS: [string, string][] = words(`
gimp|GNU_Image_Manipulation_Program inkscape|Vector-based_drawing_program blender|3D_modeling,_animation_and_rendering
krita|Digital_painting_application darktable|Photography_workflow_application rawtherapee|Raw_image_processing
vlc|Multimedia_player mpv|Minimalist_video_player ffmpeg-free|Audio_and_video_converter gstreamer1|Streaming_media_framework
audacity|Audio_editor ardour8|Digital_audio_workstation obs-studio|Recording_and_live_streaming_software
firefox|Mozilla_Firefox_web_browser thunderbird|Mozilla_Thunderbird_mail_client chromium|Chromium_web_browser
libreoffice-core|Office_productivity_suite evince|Document_viewer okular|KDE_document_viewer
gnome-shell|Window_management_and_application_launching_for_GNOME plasma-workspace|KDE_Plasma_workspace
nautilus|File_manager_for_GNOME dolphin|KDE_file_manager gnome-terminal|Terminal_emulator_for_GNOME konsole|KDE_terminal_emulator
alacritty|GPU-accelerated_terminal_emulator foot|Wayland_terminal_emulator kitty|Cross-platform_terminal_emulator
neovim|Vim-fork_focused_on_extensibility helix|Post-modern_modal_text_editor geany|Lightweight_IDE kate|Advanced_text_editor
code-oss|Code_editor gedit|Text_editor_for_GNOME meld|Visual_diff_and_merge_tool
gdb|Debugger_for_C_and_other_languages valgrind|Memory_error_detector perf|Performance_monitoring_tool
ltrace|Library_call_tracer systemtap|Programmable_system-wide_instrumentation bpftrace|High-level_tracing_language
cmake|Cross-platform_make_system meson|High_productivity_build_system ninja-build|Small_build_system_focused_on_speed
autoconf|Tool_for_configuring_source_code automake|Tool_for_creating_GNU_compliant_Makefiles libtool|Generic_library_support_script
clang|C_language_family_frontend_for_LLVM llvm|The_Low_Level_Virtual_Machine lld|The_LLVM_Linker rust|The_Rust_Programming_Language
cargo|Rust's_package_manager_and_build_tool golang|The_Go_Programming_Language java-21-openjdk|OpenJDK_21_runtime_environment
maven|Java_project_management_and_build_tool gradle|Build_automation_tool ant|Java_build_tool
ruby|Interpreter_of_object-oriented_scripting_language php|PHP_scripting_language lua|Powerful_light-weight_programming_language
erlang|General-purpose_programming_language_and_runtime elixir|Functional_dynamic_language ghc|Glasgow_Haskell_Compiler
ocaml|OCaml_compiler_and_programming_environment R-core|The_minimal_R_components julia|High-level_numerical_computing_language
haproxy|TCP/HTTP_proxy_and_load_balancer varnish|High-performance_HTTP_accelerator squid|Caching_proxy_server
lighttpd|Lightning_fast_webserver caddy|Web_server_with_automatic_HTTPS traefik|Modern_HTTP_reverse_proxy
bind|The_Berkeley_Internet_Name_Domain_DNS_server dnsmasq|Lightweight_DHCP/caching_DNS_server knot|Authoritative_DNS_server
samba|Server_and_client_software_to_interoperate_with_Windows vsftpd|Very_secure_FTP_daemon proftpd|Flexible_FTP_server
dovecot|Secure_imap_and_pop3_server exim|Mail_transfer_agent opendkim|DKIM_milter spamassassin|Spam_filter_for_email
keepalived|Load_balancer_and_high_availability_service pacemaker|Scalable_High-Availability_cluster_resource_manager corosync|Cluster_engine
prometheus|Monitoring_system_and_time_series_database grafana|Metrics_dashboard_and_graph_editor zabbix-agent|Zabbix_agent
collectd|Statistics_collection_daemon telegraf|Plugin-driven_server_agent_for_metrics node-exporter|Prometheus_exporter_for_machine_metrics
etcd|Distributed_reliable_key-value_store consul|Service_mesh_and_discovery vault|Tool_for_secrets_management
kubernetes-client|Kubernetes_client_tools cri-o|Kubernetes_Container_Runtime_Interface_for_OCI buildah|Build_OCI_images
crun|OCI_runtime_in_C runc|CLI_for_running_Open_Containers conmon-rs|Container_monitor_in_Rust
ansible|SSH-based_configuration_management puppet|Network_tool_for_managing_many_disparate_systems salt|Remote_execution_framework
terraform|Infrastructure_as_code_tool packer|Tool_for_creating_machine_images vagrant|Build_and_distribute_virtualized_environments
wireshark-cli|Network_traffic_analyzer nmap|Network_exploration_tool iperf3|Network_bandwidth_measurement socat|Bidirectional_data_relay
mtr|Network_diagnostic_tool whois|Internet_whois/nicname_client ldns-utils|DNS_library_utilities openvpn|Full-featured_SSL_VPN
wireguard-tools|Fast,_modern,_secure_VPN_tunnel_tools strongswan|IPsec_based_VPN_solution libreswan|IPsec_implementation
fail2ban|Daemon_to_ban_hosts_that_cause_multiple_authentication_errors clamav|Anti-virus_toolkit aide-static|Advanced_Intrusion_Detection
borgbackup|Deduplicating_backup_program restic|Fast,_secure_backup_program rclone|rsync_for_cloud_storage duplicity|Encrypted_bandwidth-efficient_backup
btop|Resource_monitor glances|CLI_curses-based_monitoring_tool iotop|Top_like_utility_for_I/O ncdu|Text-based_disk_usage_viewer
ripgrep|Line-oriented_search_tool fd-find|Fast_alternative_to_find bat|Cat_clone_with_syntax_highlighting fzf|Command-line_fuzzy_finder
zoxide|Smarter_cd_command eza|Modern_replacement_for_ls hyperfine|Command-line_benchmarking_tool tealdeer|Fast_tldr_client
fish|Friendly_interactive_shell dash|Small_POSIX-compliant_shell ksh|The_Original_ATT_Korn_Shell tcsh|Enhanced_C_shell
screen|Screen_manager_with_VT100/ANSI_terminal_emulation mosh|Mobile_shell_that_supports_roaming byobu|Light-weight_configurable_window_manager
`).map(entry => {
    const [name, summary] = entry.split("|");
    return [name, summary.replace(/_/g, " ")];
});

export const PYTHON_MODULES = words(`
aiohttp alembic anyio argcomplete arrow asn1crypto attrs babel bcrypt beautifulsoup4 black bleach blinker boto3 botocore
cachetools certifi cffi chardet charset-normalizer click colorama configobj cryptography cython dateutil decorator defusedxml
distro django docker docutils dogpile-cache execnet fastapi filelock flake8 flask freezegun gevent gitpython google-auth
greenlet gunicorn h11 httpx httpcore hypothesis idna importlib-metadata iniconfig isort itsdangerous jinja2 jmespath
jsonpatch jsonpointer jsonschema kiwisolver kubernetes lxml mako markdown markupsafe matplotlib mccabe mock more-itertools
msgpack multidict mypy netaddr netifaces networkx nose numpy oauthlib packaging pandas paramiko parso passlib pbr pexpect
pillow pip platformdirs pluggy ply prettytable prometheus_client prompt-toolkit psutil psycopg2 ptyprocess py pyasn1
pycodestyle pycparser pydantic pyflakes pygments pyjwt pylint pynacl pyOpenSSL pyparsing pyrsistent pyserial pytest
pytest-cov pytest-mock pytest-xdist pytz pyudev pyyaml redis requests-oauthlib requests-toolbelt rich rpm-macros ruamel-yaml
s3transfer scipy scikit-learn semantic_version setuptools_scm simplejson six sniffio sortedcontainers soupsieve sphinx
sqlalchemy starlette sympy tabulate tenacity toml tomli tornado tqdm traitlets typing-extensions tzlocal ujson uritemplate
urllib3 uvicorn virtualenv wcwidth websocket-client werkzeug wheel wrapt xmltodict yarl zipp zope-interface
`);

export const PERL_MODULES = words(`
Archive-Tar Carp Class-Accessor Clone Compress-Raw-Zlib Config-General Crypt-SSLeay DBD-MySQL DBD-Pg DBD-SQLite DBI
Data-Dumper Date-Manip DateTime Devel-Peek Digest-MD5 Digest-SHA Email-Valid Encode Error Exporter File-Copy-Recursive
File-Path File-Temp File-Which Getopt-Long HTML-Parser HTML-Tagset HTTP-Date HTTP-Message HTTP-Tiny IO-Compress IO-Socket-IP
IO-Socket-SSL IPC-Run JSON JSON-PP JSON-XS LWP-Protocol-https List-MoreUtils Locale-Maketext MIME-Base64 MailTools
Module-Build Module-Load Moose Moo Net-DNS Net-HTTP Net-SSLeay POSIX-strftime-Compiler Params-Util PathTools Pod-Usage
Scalar-List-Utils Socket Storable Sys-Syslog Term-ANSIColor Test-Simple Text-CSV Text-ParseWords Text-Tabs+Wrap Time-HiRes
Time-Local Try-Tiny URI XML-LibXML XML-Parser XML-Simple XML-Twig YAML YAML-LibYAML libwww-perl constant parent threads
`);

export const RUST_CRATES = words(`
aho-corasick anyhow arrayvec async-trait atty autocfg base64 bitflags bstr byteorder bytes cc cfg-if chrono clap
clap_builder clap_derive colored console crc32fast crossbeam-channel crossbeam-utils digest dirs either env_logger errno
fastrand flate2 fnv futures futures-core futures-util getrandom glob hashbrown heck hex http httparse humantime hyper
indexmap itertools itoa lazy_static libc log memchr mime miniz_oxide nix num-traits num_cpus once_cell parking_lot
percent-encoding pin-project proc-macro2 quote rand rand_core rayon regex regex-syntax reqwest rustix rustls ryu same-file
scopeguard semver serde serde_derive serde_json serde_yaml sha2 slab smallvec socket2 strsim syn tempfile termcolor
textwrap thiserror time tokio tokio-util toml tracing tracing-core unicode-ident unicode-width url utf8parse uuid version_check
walkdir which winnow zeroize
`);

/** features a crate gets as `rust-<crate>+<feature>-devel` (real Fedora naming) */
export const RUST_FEATURES = ["default", "std", "alloc", "serde"];

export const GO_MODULES = words(`
github-spf13-cobra github-spf13-pflag github-spf13-viper github-sirupsen-logrus github-stretchr-testify github-pkg-errors
github-google-uuid github-gorilla-mux github-gorilla-websocket github-golang-protobuf github-prometheus-client_golang
github-prometheus-common github-prometheus-procfs github-davecgh-go-spew github-pmezard-difflib github-mattn-isatty
github-fatih-color github-hashicorp-errwrap github-hashicorp-multierror github-opencontainers-runtime-spec github-opencontainers-image-spec
github-containers-image github-containers-storage github-coreos-go-systemd github-godbus-dbus github-vishvananda-netlink
x-sys x-net x-text x-crypto x-sync x-term x-oauth2 x-time x-tools x-mod google-grpc google-protobuf gopkg-yaml gopkg-check
k8s-apimachinery k8s-client-go k8s-api k8s-klog github-go-logr-logr github-json-iterator-go github-modern-go-reflect2
github-burntsushi-toml github-klauspost-compress github-ulikunitz-xz github-cespare-xxhash github-dustin-humanize
`);

export const TEXLIVE = words(`
amsmath amsfonts babel beamer biblatex booktabs caption csquotes enumitem etoolbox fancyhdr float fontspec geometry graphics
hyperref koma-script latex listings lm mathtools microtype minted natbib pgf polyglossia siunitx subfig tcolorbox tikz-cd
titlesec tools ulem unicode-math url xcolor xetex luatex collection-basic collection-latex collection-fontsrecommended
`);

export const FONTS = words(`
dejavu-sans dejavu-serif dejavu-sans-mono liberation-sans liberation-serif liberation-mono google-noto-sans google-noto-serif
google-noto-sans-mono google-noto-emoji google-noto-sans-cjk adobe-source-code-pro adobe-source-sans-pro adobe-source-serif-pro
jetbrains-mono fira-code mozilla-fira-sans ibm-plex-sans ibm-plex-mono ibm-plex-serif cantarell abattis-cantarell-vf
urw-base35 stix gnu-free-mono gnu-free-sans gnu-free-serif terminus overpass redhat-display redhat-text redhat-mono
`);

/** A few of the comps groups, with their mandatory packages (names the catalogue has) */
export const GROUPS: Record<string, { summary: string; packages: string[] }> = {
    core: { summary: "Smallest possible installation", packages: ["bash", "coreutils", "dnf", "e2fsprogs", "filesystem", "glibc", "hostname", "iproute", "iputils", "kbd", "less", "man-db", "ncurses", "openssh-server", "passwd", "procps-ng", "rootfiles", "rpm", "selinux-policy-targeted", "setup", "shadow-utils", "sudo", "systemd", "util-linux", "vim-minimal"] },
    standard: { summary: "Common set of utilities that extend the minimal installation", packages: ["acl", "at", "attr", "bc", "cpio", "cronie", "cyrus-sasl-lib", "ethtool", "file", "lsof", "mailcap", "nano", "net-tools", "pciutils", "psmisc", "quota", "rsync", "smartmontools", "strace", "tar", "tcpdump", "time", "traceroute", "tree", "unzip", "usbutils", "wget", "which", "zip"] },
    "server-product": { summary: "Packages of a server installation", packages: ["chrony", "cockpit", "firewalld", "NetworkManager", "tuned"] },
    "container-management": { summary: "Tools for managing Linux containers", packages: ["buildah", "podman", "skopeo", "toolbox"] },
    "headless-management": { summary: "Tools for managing the system without a graphical terminal", packages: ["cockpit", "openssh-server", "PackageKit"] },
    "development-tools": { summary: "General development tools", packages: ["autoconf", "automake", "binutils", "bison", "gcc", "gcc-c++", "gdb", "git", "libtool", "make", "patch", "pkgconf", "strace"] },
    "c-development": { summary: "Tools and libraries for C and C++ development", packages: ["clang", "cmake", "gcc", "gcc-c++", "gdb", "glibc-devel", "llvm", "meson", "ninja-build", "valgrind"] },
    "web-server": { summary: "Tools for a web server", packages: ["httpd", "mod_ssl", "mod_http2", "php"] },
    "rpm-development-tools": { summary: "Tools used for building RPMs", packages: ["rpm-build", "rpmdevtools", "rpmlint", "mock"] },
    "python-science": { summary: "Python libraries for science", packages: ["python3-numpy", "python3-scipy", "python3-matplotlib", "python3-pandas", "python3-sympy"] },
    fonts: { summary: "Fonts packages for rendering text on the desktop", packages: ["dejavu-sans-fonts", "dejavu-serif-fonts", "liberation-sans-fonts", "google-noto-sans-fonts"] },
    "network-server": { summary: "Servers for network based services such as DHCP, Kerberos and NIS", packages: ["bind", "dnsmasq", "samba", "vsftpd"] },
};

/** names the groups need that no list above has */
export const GROUP_EXTRAS = words(`
ncurses time usbutils PackageKit make patch pkgconf glibc-devel rpm-build rpmdevtools rpmlint mock
`);

/** locales: glibc-langpack-<code>, langpacks-<code>, hunspell-<code> */
export const LOCALES = words(`
af am ar as ast az be bg bn bo br bs ca cs cy da de dz el en eo es et eu fa fi fo fr fur fy ga gd gl gu he hi hr hu hy
ia id is it ja ka kk km kn ko ku ky lb lo lt lv mai mi mk ml mn mr ms mt my nb ne nl nn nr nso oc or pa pl ps pt ro ru
rw si sk sl sq sr ss st sv sw ta te tg th ti tk tn tr ts tt ug uk ur uz ve vi wa xh yi zh zu
`);
