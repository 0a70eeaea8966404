#pragma once

// Colour comparisons for tests that look at rendered pixels.

#include <QColor>
#include <QImage>

#include <cstdlib>

namespace kwtest {

// Every channel (red, green, blue) of `a` within `tolerance` of `b`.
inline bool nearColour(const QColor &a, const QColor &b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

// How many pixels of `image` are nearColour() to `colour`.
inline int countNearColour(const QImage &image, const QColor &colour, int tolerance)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += nearColour(image.pixelColor(x, y), colour, tolerance) ? 1 : 0;
    }
    return count;
}

} // namespace kwtest
