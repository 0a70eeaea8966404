#pragma once

#include <QList>

#include <optional>

namespace kw::models {

// Lowest, highest and mean of a module's cell readings, over the cells that hold a number.
struct CellStatistics
{
    int count = 0; // cells that hold a number
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> mean;

    std::optional<double> delta() const
    {
        if (!minimum || !maximum)
            return std::nullopt;
        return *maximum - *minimum;
    }

    static CellStatistics of(const QList<std::optional<double>> &cells)
    {
        CellStatistics stats;
        double sum = 0.0;
        for (const std::optional<double> &cell : cells) {
            if (!cell)
                continue;
            ++stats.count;
            sum += *cell;
            if (!stats.minimum || *cell < *stats.minimum)
                stats.minimum = *cell;
            if (!stats.maximum || *cell > *stats.maximum)
                stats.maximum = *cell;
        }
        if (stats.count > 0)
            stats.mean = sum / stats.count;
        return stats;
    }

    bool operator==(const CellStatistics &other) const = default;
};

} // namespace kw::models
