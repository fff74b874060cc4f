// xapian-tcpsrv processes for a sharded index (see tcpsrv_fleet.hpp).
#include "bench/tcpsrv_fleet.hpp"

namespace podseek::bench {

TcpsrvFleet::TcpsrvFleet(const std::vector<std::string>& databases) {
  for (const auto& database : databases) servers_.push_back(std::make_unique<TcpServer>(database));
}

std::vector<int> TcpsrvFleet::ports() const {
  std::vector<int> ports;
  for (const auto& server : servers_) ports.push_back(server->port());
  return ports;
}

std::string TcpsrvFleet::stub_text(const std::string& local_dictionary) const {
  std::string text = "auto " + local_dictionary + "\n";
  for (const auto& server : servers_) text += "remote " + server->address() + "\n";
  return text;
}

}  // namespace podseek::bench
