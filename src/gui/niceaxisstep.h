#pragma once

namespace kw::gui {

// The tick interval for a value axis: 1, 2, 2.5 or 5 × 10^n, so that about `ticks` intervals
// cover `span` with labels people read at a glance.
double niceAxisStep(double span, int ticks);

} // namespace kw::gui
