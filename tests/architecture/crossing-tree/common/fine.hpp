// A file of the checker's test tree that breaks no rule.
#include <string>
#include "common/episode.hpp"
