#include "simresources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initSimResourcesOnce()
{
    Q_INIT_RESOURCE(sim);
}

namespace kw::sim {

void ensureSimResources()
{
    static const bool done = [] {
        initSimResourcesOnce();
        return true;
    }();
    Q_UNUSED(done)
}

} // namespace kw::sim
