// A file of the checker's test tree: the search core may not include httplib.
#include <httplib.h>
