#pragma once

#include <QtGlobal>

namespace kw::sim {

// Clear-sky AC power of a south-facing 35° roof array in central Germany: sun position from the
// UTC instant (so solar noon, day length and the seasonal peak come out right), Kasten-Young air
// mass and Meinel beam attenuation. No randomness: clouds are CloudModel's job.
class SolarModel
{
public:
    explicit SolarModel(double peakPowerW = 9500.0, double latitudeDeg = 51.0,
                        double longitudeDeg = 10.0);

    double sunElevationDeg(qint64 utcMs) const;
    double clearSkyPowerW(qint64 utcMs) const;
    double peakPowerW() const { return m_peakW; }

private:
    struct SunPosition
    {
        double elevationDeg;
        double azimuthDeg; // from north, clockwise
    };
    SunPosition sunPosition(qint64 utcMs) const;

    double m_peakW;
    double m_latitudeDeg;
    double m_longitudeDeg;
};

} // namespace kw::sim
