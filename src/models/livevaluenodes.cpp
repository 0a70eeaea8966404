#include "livevaluenodes.h"

#include "livevaluesmodel.h"
#include "modelroles.h"

#include "senec/senecvaluecodec.h"

namespace kw::models::detail {

using senec::SectionStatus;
using senec::SenecValue;
using senec::ValueStatus;

namespace {

// Same value as before? Equal raw text decodes to the same value, so comparing the raw text is
// enough; values built without raw text compare whole.
bool sameValue(const SenecValue &a, const SenecValue &b)
{
    if (a.status() != b.status() || a.type() != b.type() || a.raw() != b.raw())
        return false;
    return !a.raw().isEmpty() || a == b;
}

QVariant toolTip(const QString &description, const QString &path)
{
    if (description.isEmpty())
        return path;
    return QString(description + u'\n' + path);
}

// Roles about the value (number, raw text, status) live in the value and raw columns only, so
// that a changed value touches exactly those two cells.
bool isValueCell(int column)
{
    return column == LiveValuesModel::ValueColumn || column == LiveValuesModel::RawColumn;
}

} // namespace

const SenecValue &emptyScalar()
{
    static const SenecValue value = SenecValue::withStatus(ValueStatus::Malformed, QString());
    return value;
}

bool LiveValueCell::assign(const LiveValueFormatter &formatter, const senec::SenecVariableInfo *info,
                           const SenecValue &incoming)
{
    if (set && sameValue(value, incoming))
        return false;
    value = incoming;
    text = formatter.valueText(info, incoming);
    number = formatter.number(info, incoming);
    set = true;
    return true;
}

bool LiveValueCell::reformat(const LiveValueFormatter &formatter, const senec::SenecVariableInfo *info)
{
    QString fresh = formatter.valueText(info, value);
    if (fresh == text)
        return false;
    text = std::move(fresh);
    return true;
}

const LiveVariableNode &LiveElementNode::variable() const
{
    return *static_cast<const LiveVariableNode *>(parent);
}

QString LiveElementNode::path() const
{
    return variable().path + u'[' + QString::number(row) + u']';
}

QVariant LiveElementNode::data(int column, int role) const
{
    const LiveVariableNode &owner = variable();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LiveValuesModel::NameColumn: return name;
        case LiveValuesModel::ValueColumn: return cell.text;
        case LiveValuesModel::RawColumn: return cell.value.raw();
        default: return {};
        }
    case Qt::ToolTipRole: return toolTip(owner.description, path());
    case PathRole: return path();
    case DescriptionRole: return owner.description;
    case UnitRole: return owner.info ? owner.info->unit : QString();
    case NumericValueRole:
        if (!isValueCell(column) || !cell.number)
            return {};
        return *cell.number;
    case RawTextRole: return isValueCell(column) ? QVariant(cell.value.raw()) : QVariant();
    case ValueStatusRole: return isValueCell(column) ? QVariant(int(cell.value.status())) : QVariant();
    default: return {};
    }
}

std::unique_ptr<LiveVariableNode> LiveVariableNode::make(const LiveValueFormatter &formatter,
                                                         LiveSectionNode *section, const QString &name,
                                                         const senec::SenecVariable &variable)
{
    auto node = std::make_unique<LiveVariableNode>();
    node->parent = section;
    node->name = name;
    node->path = section->name + u'.' + name;
    node->info = formatter.catalogue().variable(section->name, name);
    node->isArray = variable.isArray;
    const SenecValue *sample = variable.values.isEmpty() ? nullptr : &variable.values.constFirst();
    node->description = node->info ? node->info->description
                                   : LiveValueFormatter::unknownVariableDescription(variable.isArray, sample);
    if (!variable.isArray) {
        node->cell.assign(formatter, node->info, sample ? *sample : emptyScalar());
        return node;
    }
    node->elements.reserve(size_t(variable.values.size()));
    for (qsizetype i = 0; i < variable.values.size(); ++i)
        node->elements.push_back(node->makeElement(formatter, i, variable.values.at(i)));
    node->refreshArraySummary();
    return node;
}

std::unique_ptr<LiveElementNode> LiveVariableNode::makeElement(const LiveValueFormatter &formatter,
                                                               qsizetype elementRow,
                                                               const SenecValue &value)
{
    auto element = std::make_unique<LiveElementNode>();
    element->row = int(elementRow);
    element->parent = this;
    element->cell.assign(formatter, info, value);
    element->name = formatter.elementName(info, elementRow);
    return element;
}

void LiveVariableNode::refreshArraySummary()
{
    arrayText.clear();
    arrayStatus = ValueStatus::Ok;
    for (const auto &element : elements) {
        if (element->row > 0)
            arrayText += u", ";
        // Texts in quotes, so that empty ones stay visible in the list.
        const bool quote = element->cell.value.isOk() && element->cell.value.isText();
        if (quote)
            arrayText += u'"';
        arrayText += element->cell.text;
        if (quote)
            arrayText += u'"';
        if (arrayStatus == ValueStatus::Ok)
            arrayStatus = element->cell.value.status();
    }
}

QVariant LiveVariableNode::data(int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LiveValuesModel::NameColumn: return name;
        case LiveValuesModel::ValueColumn: return isArray ? arrayText : cell.text;
        case LiveValuesModel::RawColumn:
            if (!isArray)
                return cell.value.raw();
            return tr("%n values", nullptr, int(elements.size()));
        case LiveValuesModel::DescriptionColumn: return description;
        default: return {};
        }
    case Qt::ToolTipRole: return toolTip(description, path);
    case PathRole: return path;
    case DescriptionRole: return description;
    case UnitRole: return info ? info->unit : QString();
    case NumericValueRole:
        if (!isValueCell(column) || isArray || !cell.number)
            return {};
        return *cell.number;
    case RawTextRole:
        if (!isValueCell(column) || isArray)
            return {};
        return cell.value.raw();
    case ValueStatusRole:
        if (!isValueCell(column))
            return {};
        return int(isArray ? arrayStatus : cell.value.status());
    default: return {};
    }
}

std::unique_ptr<LiveSectionNode> LiveSectionNode::make(const LiveValueFormatter &formatter,
                                                       const QString &name,
                                                       const senec::SenecSection &section)
{
    auto node = std::make_unique<LiveSectionNode>();
    node->name = name;
    node->description = formatter.catalogue().sectionDescription(name);
    node->status = section.status;
    node->raw = section.raw;
    if (section.status != SectionStatus::Ok)
        return node;
    node->variables.reserve(size_t(section.variables.size()));
    for (auto it = section.variables.constBegin(); it != section.variables.constEnd(); ++it) {
        node->variables.push_back(LiveVariableNode::make(formatter, node.get(), it.key(), it.value()));
        node->variables.back()->row = int(node->variables.size() - 1);
    }
    return node;
}

QVariant LiveSectionNode::data(int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case LiveValuesModel::NameColumn: return name;
        case LiveValuesModel::ValueColumn:
            if (status == SectionStatus::NotFound)
                return tr("[object not found]");
            if (status == SectionStatus::Malformed)
                return tr("[malformed]");
            return variables.empty() ? tr("[no variables]") : QString();
        case LiveValuesModel::RawColumn:
            if (status == SectionStatus::NotFound)
                return senec::SenecValueCodec::ObjectNotFound.toString();
            return raw;
        case LiveValuesModel::DescriptionColumn: return description;
        default: return {};
        }
    case Qt::ToolTipRole: return toolTip(description, name);
    case PathRole: return name;
    case DescriptionRole: return description;
    case ValueStatusRole:
        if (!isValueCell(column))
            return {};
        return int(status == SectionStatus::NotFound    ? ValueStatus::NotFound
                   : status == SectionStatus::Malformed ? ValueStatus::Malformed
                                                        : ValueStatus::Ok);
    case RawTextRole:
        if (!isValueCell(column) || status == SectionStatus::Ok)
            return {};
        return status == SectionStatus::NotFound ? senec::SenecValueCodec::ObjectNotFound.toString() : raw;
    default: return {};
    }
}

void ChangedRows::add(int row, int firstColumn, int lastColumn)
{
    if (!runs.isEmpty()) {
        Run &run = runs.last();
        if (run.last + 1 == row && run.firstColumn == firstColumn && run.lastColumn == lastColumn) {
            run.last = row;
            return;
        }
    }
    runs.append({row, row, firstColumn, lastColumn});
}

} // namespace kw::models::detail
