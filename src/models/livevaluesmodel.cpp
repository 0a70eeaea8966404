#include "livevaluesmodel.h"

#include "livevaluenodes.h"
#include "modelroles.h"

#include <algorithm>
#include <iterator>

namespace kw::models {

using senec::SectionStatus;
using senec::SenecValue;
using senec::ValueStatus;

namespace {

template<typename Nodes>
void renumber(Nodes &nodes, qsizetype from)
{
    for (qsizetype i = from; i < qsizetype(nodes.size()); ++i)
        nodes[size_t(i)]->row = int(i);
}

template<typename Nodes>
auto findByName(const Nodes &nodes, QStringView name)
{
    return std::lower_bound(nodes.begin(), nodes.end(), name,
                            [](const auto &node, QStringView key) { return node->name < key; });
}

} // namespace

LiveValuesModel::LiveValuesModel(QObject *parent)
    : LiveValuesModel(senec::SenecCatalogue::instance(), parent)
{
}

LiveValuesModel::LiveValuesModel(const senec::SenecCatalogue &catalogue, QObject *parent)
    : QAbstractItemModel(parent)
    , m_formatter(catalogue)
{
}

LiveValuesModel::~LiveValuesModel() = default;

void LiveValuesModel::update(const senec::SenecResponse &response)
{
    ChangedRows rootChanges;
    qsizetype at = 0;
    auto it = response.sections.constBegin();
    const auto end = response.sections.constEnd();
    while (it != end) {
        const auto size = qsizetype(m_sections.size());
        int order = 1;
        while (at < size && (order = m_sections[size_t(at)]->name.compare(it.key())) < 0)
            ++at;
        if (at < size && order == 0) {
            updateSection(*m_sections[size_t(at)], it.value(), rootChanges);
            ++at;
            ++it;
            continue;
        }
        // New sections that all belong before m_sections[at]: one insertion.
        QList<QString> names;
        QList<const senec::SenecSection *> sections;
        while (it != end && (at == size || it.key() < m_sections[size_t(at)]->name)) {
            names.append(it.key());
            sections.append(&it.value());
            ++it;
        }
        emitChanges({}, rootChanges);
        insertSections(at, names, sections);
        at += names.size();
    }
    emitChanges({}, rootChanges);
}

void LiveValuesModel::clear()
{
    beginResetModel();
    m_sections.clear();
    endResetModel();
}

void LiveValuesModel::updateSection(SectionNode &node, const senec::SenecSection &section,
                                    ChangedRows &rootChanges)
{
    const bool wasEmpty = node.variables.empty();
    bool changed = false;
    if (node.status != section.status || node.raw != section.raw) {
        // The device now says the object is not there: its old variables are not there either.
        if (section.status != SectionStatus::Ok)
            removeAllVariables(node);
        node.status = section.status;
        node.raw = section.raw;
        changed = true;
    }
    if (section.status == SectionStatus::Ok)
        updateVariables(node, section);
    if (changed)
        rootChanges.add(node.row, ValueColumn, RawColumn);
    else if (wasEmpty != node.variables.empty()) // "[no variables]" comes or goes
        rootChanges.add(node.row, ValueColumn, ValueColumn);
}

void LiveValuesModel::updateVariables(SectionNode &node, const senec::SenecSection &section)
{
    ChangedRows changes;
    auto &variables = node.variables;
    qsizetype at = 0;
    auto it = section.variables.constBegin();
    const auto end = section.variables.constEnd();
    while (it != end) {
        const auto size = qsizetype(variables.size());
        int order = 1;
        while (at < size && (order = variables[size_t(at)]->name.compare(it.key())) < 0)
            ++at;
        if (at < size && order == 0) {
            const auto [first, last] = updateVariable(*variables[size_t(at)], it.value());
            if (first >= 0)
                changes.add(int(at), first, last);
            ++at;
            ++it;
            continue;
        }
        QList<QString> names;
        QList<const senec::SenecVariable *> fresh;
        while (it != end && (at == size || it.key() < variables[size_t(at)]->name)) {
            names.append(it.key());
            fresh.append(&it.value());
            ++it;
        }
        emitChanges(indexOf(&node, 0), changes);
        insertVariables(node, at, names, fresh);
        at += names.size();
    }
    if (!changes.runs.isEmpty())
        emitChanges(indexOf(&node, 0), changes);
}

std::pair<int, int> LiveValuesModel::updateVariable(VariableNode &node,
                                                    const senec::SenecVariable &variable)
{
    bool touched = false; // any value of the variable changed
    int first = -1;
    int last = -1;
    const auto mark = [&](int from, int to) {
        first = first < 0 ? from : std::min(first, from);
        last = std::max(last, to);
    };
    if (variable.isArray != node.isArray) {
        if (node.isArray)
            resizeElements(node, {});
        node.isArray = variable.isArray;
        node.cell = detail::LiveValueCell();
        node.arrayText.clear();
        node.arrayStatus = ValueStatus::Ok;
        touched = true;
        mark(ValueColumn, RawColumn);
    }
    if (!node.isArray) {
        const SenecValue &value = variable.values.isEmpty() ? detail::emptyScalar()
                                                            : variable.values.constFirst();
        if (node.cell.assign(m_formatter, node.info, value)) {
            touched = true;
            mark(ValueColumn, RawColumn);
        }
    } else {
        const qsizetype count = variable.values.size();
        const qsizetype oldCount = qsizetype(node.elements.size());
        const qsizetype common = std::min(count, oldCount);
        ChangedRows elementChanges;
        for (qsizetype i = 0; i < common; ++i) {
            if (node.elements[size_t(i)]->cell.assign(m_formatter, node.info, variable.values.at(i)))
                elementChanges.add(int(i), ValueColumn, RawColumn);
        }
        if (!elementChanges.runs.isEmpty()) {
            emitChanges(indexOf(&node, 0), elementChanges);
            touched = true;
        }
        if (count != oldCount) {
            resizeElements(node, variable.values);
            touched = true;
            mark(RawColumn, RawColumn); // "n values"
        }
        if (touched) {
            // The array's own row shows the joined texts and the first problem: report those
            // cells only if they really changed (a new raw text may read the same).
            const QString oldText = node.arrayText;
            const ValueStatus oldStatus = node.arrayStatus;
            node.refreshArraySummary();
            if (node.arrayText != oldText)
                mark(ValueColumn, ValueColumn);
            if (node.arrayStatus != oldStatus)
                mark(ValueColumn, RawColumn);
        }
    }
    if (touched && !node.info) {
        // The raw type is all that describes an unknown variable, and it may have changed; the
        // description is in every column's tooltip.
        const QString description = LiveValueFormatter::unknownVariableDescription(
            node.isArray, variable.values.isEmpty() ? nullptr : &variable.values.constFirst());
        if (description != node.description) {
            node.description = description;
            mark(NameColumn, DescriptionColumn);
        }
    }
    return {first, last};
}

// Makes the element rows match `values` in number; new elements come formatted from `values`.
void LiveValuesModel::resizeElements(VariableNode &node, const QList<SenecValue> &values)
{
    const qsizetype old = qsizetype(node.elements.size());
    const qsizetype count = values.size();
    if (count == old)
        return;
    const QModelIndex parent = indexOf(&node, 0);
    if (count < old) {
        beginRemoveRows(parent, int(count), int(old - 1));
        node.elements.erase(node.elements.begin() + count, node.elements.end());
        endRemoveRows();
        return;
    }
    std::vector<std::unique_ptr<ElementNode>> fresh;
    fresh.reserve(size_t(count - old));
    for (qsizetype i = old; i < count; ++i)
        fresh.push_back(node.makeElement(m_formatter, i, values.at(i)));
    beginInsertRows(parent, int(old), int(count - 1));
    node.elements.insert(node.elements.end(), std::make_move_iterator(fresh.begin()),
                         std::make_move_iterator(fresh.end()));
    endInsertRows();
}

void LiveValuesModel::insertSections(qsizetype at, const QList<QString> &names,
                                     const QList<const senec::SenecSection *> &sections)
{
    if (names.isEmpty())
        return;
    std::vector<std::unique_ptr<SectionNode>> fresh;
    fresh.reserve(size_t(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i)
        fresh.push_back(SectionNode::make(m_formatter, names.at(i), *sections.at(i)));
    beginInsertRows({}, int(at), int(at + names.size() - 1));
    m_sections.insert(m_sections.begin() + at, std::make_move_iterator(fresh.begin()),
                      std::make_move_iterator(fresh.end()));
    renumber(m_sections, at);
    endInsertRows();
}

void LiveValuesModel::insertVariables(SectionNode &node, qsizetype at, const QList<QString> &names,
                                      const QList<const senec::SenecVariable *> &variables)
{
    if (names.isEmpty())
        return;
    std::vector<std::unique_ptr<VariableNode>> fresh;
    fresh.reserve(size_t(names.size()));
    for (qsizetype i = 0; i < names.size(); ++i)
        fresh.push_back(VariableNode::make(m_formatter, &node, names.at(i), *variables.at(i)));
    beginInsertRows(indexOf(&node, 0), int(at), int(at + names.size() - 1));
    node.variables.insert(node.variables.begin() + at, std::make_move_iterator(fresh.begin()),
                          std::make_move_iterator(fresh.end()));
    renumber(node.variables, at);
    endInsertRows();
}

void LiveValuesModel::removeAllVariables(SectionNode &node)
{
    if (node.variables.empty())
        return;
    beginRemoveRows(indexOf(&node, 0), 0, int(node.variables.size() - 1));
    node.variables.clear();
    endRemoveRows();
}

void LiveValuesModel::emitChanges(const QModelIndex &parent, ChangedRows &changes)
{
    for (const ChangedRows::Run &run : std::as_const(changes.runs))
        Q_EMIT dataChanged(index(run.first, run.firstColumn, parent),
                           index(run.last, run.lastColumn, parent));
    changes.runs.clear();
}

void LiveValuesModel::setLanguage(const QString &language)
{
    if (language == m_formatter.language())
        return;
    m_formatter.setLanguage(language);
    reformatAll();
}

void LiveValuesModel::setLocale(const QLocale &locale)
{
    const QLocale before = m_formatter.locale();
    m_formatter.setLocale(locale);
    if (m_formatter.locale() != before)
        reformatAll();
}

void LiveValuesModel::reformatAll()
{
    for (const auto &section : m_sections) {
        ChangedRows changes;
        for (const auto &variable : section->variables) {
            if (!variable->isArray) {
                if (variable->cell.reformat(m_formatter, variable->info))
                    changes.add(variable->row, ValueColumn, ValueColumn);
                continue;
            }
            ChangedRows elementChanges;
            bool valuesReformatted = false;
            for (const auto &element : variable->elements) {
                // Elements named by an enum (self-test steps) change their name with the language.
                QString name = m_formatter.elementName(variable->info, element->row);
                const bool renamed = name != element->name;
                if (renamed)
                    element->name = std::move(name);
                const bool reformatted = element->cell.reformat(m_formatter, variable->info);
                valuesReformatted = valuesReformatted || reformatted;
                if (renamed || reformatted)
                    elementChanges.add(element->row, renamed ? NameColumn : ValueColumn,
                                       reformatted ? ValueColumn : NameColumn);
            }
            if (elementChanges.runs.isEmpty())
                continue;
            emitChanges(indexOf(variable.get(), 0), elementChanges);
            if (!valuesReformatted)
                continue;
            variable->refreshArraySummary();
            changes.add(variable->row, ValueColumn, ValueColumn);
        }
        if (!changes.runs.isEmpty())
            emitChanges(indexOf(section.get(), 0), changes);
    }
}

QModelIndex LiveValuesModel::indexForPath(const QString &path, int column) const
{
    const QStringView text(path);
    const qsizetype dot = text.indexOf(u'.');
    const auto section = findByName(m_sections, dot < 0 ? text : text.left(dot));
    if (section == m_sections.end() || (*section)->name != (dot < 0 ? text : text.left(dot)))
        return {};
    if (dot < 0)
        return indexOf(section->get(), column);
    QStringView rest = text.mid(dot + 1);
    qsizetype element = -1;
    if (const qsizetype bracket = rest.indexOf(u'['); bracket >= 0) {
        if (!rest.endsWith(u']'))
            return {};
        bool ok = false;
        element = rest.mid(bracket + 1, rest.size() - bracket - 2).toLongLong(&ok);
        if (!ok)
            return {};
        rest = rest.left(bracket);
    }
    const auto &variables = (*section)->variables;
    const auto variable = findByName(variables, rest);
    if (variable == variables.end() || (*variable)->name != rest)
        return {};
    if (element < 0)
        return indexOf(variable->get(), column);
    if (element >= qsizetype((*variable)->elements.size()))
        return {};
    return indexOf((*variable)->elements[size_t(element)].get(), column);
}

QModelIndex LiveValuesModel::indexOf(const Node *node, int column) const
{
    return createIndex(node->row, column, const_cast<Node *>(node));
}

const LiveValuesModel::Node *LiveValuesModel::nodeOf(const QModelIndex &index)
{
    return static_cast<const Node *>(index.internalPointer());
}

QModelIndex LiveValuesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= int(m_sections.size()))
            return {};
        return createIndex(row, column, m_sections[size_t(row)].get());
    }
    if (parent.column() != 0)
        return {};
    const Node *node = nodeOf(parent);
    if (node->kind == Node::Kind::Section) {
        const auto &variables = static_cast<const SectionNode *>(node)->variables;
        return row < int(variables.size()) ? createIndex(row, column, variables[size_t(row)].get())
                                           : QModelIndex();
    }
    if (node->kind == Node::Kind::Variable) {
        const auto &elements = static_cast<const VariableNode *>(node)->elements;
        return row < int(elements.size()) ? createIndex(row, column, elements[size_t(row)].get())
                                          : QModelIndex();
    }
    return {};
}

QModelIndex LiveValuesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeOf(child);
    return node->parent ? indexOf(node->parent, 0) : QModelIndex();
}

int LiveValuesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    switch (node->kind) {
    case Node::Kind::Section: return int(static_cast<const SectionNode *>(node)->variables.size());
    case Node::Kind::Variable: return int(static_cast<const VariableNode *>(node)->elements.size());
    case Node::Kind::Element: return 0;
    }
    return 0;
}

int LiveValuesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant LiveValuesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    switch (node->kind) {
    case Node::Kind::Section: return static_cast<const SectionNode *>(node)->data(index.column(), role);
    case Node::Kind::Variable: return static_cast<const VariableNode *>(node)->data(index.column(), role);
    case Node::Kind::Element: return static_cast<const ElementNode *>(node)->data(index.column(), role);
    }
    return {};
}

QVariant LiveValuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case ValueColumn: return tr("Value");
    case RawColumn: return tr("Raw");
    case DescriptionColumn: return tr("Description");
    default: return {};
    }
}

Qt::ItemFlags LiveValuesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->kind == Node::Kind::Element)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

QHash<int, QByteArray> LiveValuesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(customRoleNames());
    return names;
}

} // namespace kw::models
