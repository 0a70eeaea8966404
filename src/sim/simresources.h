#pragma once

namespace kw::sim {

// Registers resources/sim.qrc (variable table, demo certificate). Resources in a static library
// are not registered on their own; call before touching ":/kw/sim/…". Idempotent.
void ensureSimResources();

} // namespace kw::sim
