// A file of the checker's test tree: the indexer may not include the server.
#include "search-server/core/searcher.hpp"
