// The word lists (see word_lists.hpp).
#include "bench/word_lists.hpp"

namespace podseek::bench {

const std::vector<std::string_view>& everyday_words() {
  static const std::vector<std::string_view> words = {
      "the", "and", "of", "to", "a", "in", "we", "is", "for", "with", "on", "this", "about", "how", "our",
      "from", "that", "it", "at", "as", "be", "are", "his", "their", "what", "why", "an", "by", "or", "into",
      "episode", "talk", "rust", "network", "protocol", "performance", "open", "source", "project", "team",
      "engineer", "building", "software", "systems", "design", "story", "guest", "work", "library", "server",
      "client", "data", "future", "developer", "community", "language", "memory", "stack", "runtime", "web",
      "cloud", "latency", "security", "testing", "production", "company", "experience", "journey", "lessons",
      "scale", "traffic", "packet", "socket", "connection", "request", "response", "browser", "kernel",
      "linux", "api", "debugging", "tooling", "compiler", "types", "safety", "concurrency", "threads",
      "async", "streams", "buffers", "bytes", "encoding", "parsing", "routing", "proxy", "load", "balancing",
      "cache", "storage", "database", "queue", "service", "services", "mesh", "cluster", "deploy", "release",
      "version", "standard", "specification", "draft", "ietf", "implementation", "benchmark", "profiling",
      "tracing", "metrics", "logging", "errors", "failure", "recovery", "timeouts", "retries", "backpressure",
      "congestion", "control", "handshake", "encryption", "certificates", "identity", "authentication",
      "embedded", "devices", "hardware", "firmware", "drivers", "operating", "system", "process", "scheduler",
      "allocation", "zero", "copy", "throughput", "bandwidth", "mobile", "edge", "cdn", "internet", "history",
      "origins", "maintainers", "contributors", "funding", "career", "hiring", "startup", "research", "paper",
      "university", "teaching", "book", "conference", "rewrite", "migration", "legacy", "interop", "ffi",
      "bindings", "macros", "traits", "generics", "lifetimes", "borrow", "checker", "unsafe", "crate",
      "crates", "ecosystem", "framework", "middleware", "tower", "hyper", "axum", "tonic", "rustls", "quinn",
      "smoltcp", "wasm", "webassembly", "sandbox", "isolation", "containers", "kubernetes", "observability",
      "telemetry", "dns", "resolver", "tcp", "udp", "ipv6", "tls", "ssl", "websocket", "streaming", "video",
      "games", "realtime", "multiplayer", "sync", "offline", "replication", "consensus", "raft", "gossip",
      "peer", "discovery", "nat", "traversal", "firewall", "vpn", "wireguard", "tunnels", "routers",
      "switches", "datacenter", "fiber", "satellite", "wireless", "bluetooth", "radio", "spectrum"};
  return words;
}

const std::vector<std::string_view>& jargon_words() {
  static const std::vector<std::string_view> words = {
      "QUIC", "HTTP/3", "io_uring", "zerocopy", "WebTransport", "Tokio", "gRPC", "HTTP/2", "eBPF", "XDP",
      "netstack3", "MASQUE", "TCP/IP", "DNS-over-HTTPS", "OpenTelemetry", "Hickory", "reqwest", "epoll",
      "kqueue", "IOCP", "sendmmsg", "GSO", "GRO", "BBR", "CUBIC", "0-RTT", "TLS 1.3", "mTLS", "ALPN", "SNI",
      "h3", "h2", "gRPC-Web", "protobuf", "Cap'n Proto", "WebRTC", "SCTP", "DTLS", "libp2p", "Noise",
      "WireGuard", "Fuchsia", "Firefox", "Neqo", "msquic", "Cloudflare", "Pingora", "Envoy", "Linkerd",
      "Quinn", "s2n-quic", "tokio-uring", "glommio", "monoio", "async/await", "Pin", "Waker", "mio",
      "SO_REUSEPORT", "TCP_NODELAY", "MTU", "PMTUD", "ECN", "AF_XDP", "DPDK", "SmartNIC", "RDMA", "NVMe",
      "SIMD", "x86_64", "aarch64", "RISC-V", "no_std", "WASI", "Wasmtime", "Datastar", "HTMX", "SSE"};
  return words;
}

const std::vector<std::string_view>& first_names() {
  static const std::vector<std::string_view> names = {
      "Ana", "Bruno", "Carl", "Dana", "Elena", "Felix", "Grace", "Hugo", "Ines", "Jonas", "Kiko", "Lena",
      "Max", "Nadia", "Omar", "Petra", "Quentin", "Rosa", "Sven", "Tara", "Umar", "Vera", "Wei", "Xenia",
      "Yusuf", "Zoe", "Aiko", "Bjorn", "Chloe", "Dmitri", "Eitan", "Fatima", "Goran", "Hana", "Ivo", "Jana",
      "Kofi", "Lucio", "Mirela", "Nils", "Olga", "Pavel", "Rania", "Sofia", "Tomas", "Ulla", "Viktor",
      "Wanda", "Yara", "Zeno", "Glen", "Elizabeth", "Joshua", "Herman", "Dirkjan", "Nick", "Amos", "Noah"};
  return names;
}

const std::vector<std::string_view>& last_names() {
  static const std::vector<std::string_view> names = {
      "Inden", "Lerche", "Dal Bo Silva", "Muller", "Nakamura", "Okafor", "Petrov", "Quispe", "Rossi",
      "Schmidt", "Tanaka", "Ueda", "Varga", "Wagner", "Xu", "Yilmaz", "Zhang", "Andersen", "Berg", "Costa",
      "Dubois", "Eriksen", "Fischer", "Garcia", "Horvat", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau",
      "Novak", "Olsen", "Pereira", "Romero", "Silva", "Torres", "Urban", "Vidal", "Weber", "Young", "Zielinski",
      "De Vos", "van Dijk", "O'Brien", "Lindqvist", "Haddad", "Mensah", "Kaur", "Sato", "Park"};
  return names;
}

const std::vector<std::string_view>& show_suffixes() {
  static const std::vector<std::string_view> suffixes = {"FM", "Radio", "Talk", "Cast", "Weekly", "Show",
                                                          "Hour", "Bytes", "Live", "Unplugged"};
  return suffixes;
}

}  // namespace podseek::bench
