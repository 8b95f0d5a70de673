#include "gui/main/attachmentsmodel.h"

#include "gui/widgets/palette.h"

#include "core/global.h"
#include "gui/widgets/icons.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMimeData>
#include <QMimeDatabase>
#include <QStyle>
#include <QUrl>

AttachmentsModel::AttachmentsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

AttachmentsModel::~AttachmentsModel() = default;

AttachmentsModel::Item AttachmentsModel::describe(const QString &path)
{
    Item item;
    item.path = path;
    const QFileInfo info(path);
    item.name = info.fileName().isEmpty() ? path : info.fileName();
    item.exists = info.exists();
    item.size = info.isFile() ? info.size() : -1;
    // By name only: a type icon must not cost a read of a large or slow file.
    static const QMimeDatabase mimeTypes;
    const QMimeType type = mimeTypes.mimeTypeForFile(info, QMimeDatabase::MatchExtension);
    QIcon icon = QIcon::fromTheme(type.iconName());
    if (icon.isNull())
        icon = QIcon::fromTheme(type.genericIconName());
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(info.isDir() ? QStyle::SP_DirIcon : QStyle::SP_FileIcon);
    item.icon = icon;
    return item;
}

QStringList AttachmentsModel::paths() const
{
    QStringList out;
    out.reserve(m_items.size());
    for (const Item &item : m_items) {
        if (item.included)
            out.append(item.path);
    }
    return out;
}

QStringList AttachmentsModel::allPaths() const
{
    QStringList out;
    out.reserve(m_items.size());
    for (const Item &item : m_items)
        out.append(item.path);
    return out;
}

void AttachmentsModel::setPaths(const QStringList &paths, const QStringList &delivered)
{
    beginResetModel();
    m_items.clear();
    m_issues.clear();
    for (const QString &path : paths) {
        Item item = describe(path);
        item.delivered = delivered.contains(path);
        item.included = !item.delivered;
        m_items.append(item);
    }
    endResetModel();
    Q_EMIT pathsChanged();
}

int AttachmentsModel::addPaths(const QStringList &paths)
{
    QStringList existing = allPaths();
    QList<Item> added;
    for (const QString &path : paths) {
        const QString clean = QDir::cleanPath(path);
        if (clean.isEmpty() || existing.contains(clean))
            continue;
        existing.append(clean);
        added.append(describe(clean));
    }
    if (added.isEmpty())
        return 0;
    beginInsertRows({}, rowCount(), rowCount() + int(added.size()) - 1);
    m_items.append(added);
    endInsertRows();
    Q_EMIT pathsChanged();
    return int(added.size());
}

QList<qint64> AttachmentsModel::sizes() const
{
    QList<qint64> out;
    out.reserve(m_items.size());
    for (const Item &item : m_items) {
        const QFileInfo info(item.path);
        out.append(info.isFile() ? info.size() : -1);
    }
    return out;
}

void AttachmentsModel::refresh()
{
    for (int row = 0; row < m_items.size(); ++row) {
        Item fresh = describe(m_items.at(row).path);
        Item &item = m_items[row];
        if (fresh.size != item.size || fresh.exists != item.exists) {
            item = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

QStringList AttachmentsModel::issuesAt(int row) const
{
    QStringList messages;
    for (const ValidationIssue &issue : m_issues.value(row))
        messages.append(issue.message);
    return messages;
}

QString AttachmentsModel::shortProblem(const QString &rule)
{
    if (rule == u"attachment-missing"_s)
        //: Short problem of an attachment, in its list: the file is no longer where it was added
        return tr("Missing");
    if (rule == u"attachment-not-file"_s)
        return tr("Not a file");
    if (rule == u"attachment-unreadable"_s)
        return tr("Cannot be read");
    if (rule == u"attachment-extension"_s)
        return tr("Type not accepted");
    if (rule == u"attachment-too-large"_s)
        return tr("Too large");
    if (rule == u"attachment-empty"_s)
        //: Short problem of an attachment, in its list: the file has 0 bytes
        return tr("Empty");
    //: Short problem of an attachment, in its list, when no other word fits
    return tr("Problem");
}

void AttachmentsModel::setIssues(const QList<ValidationIssue> &issues)
{
    // The Validator numbers the files sent; unticked ones are not among them.
    QList<int> rowOfIndex;
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).included)
            rowOfIndex.append(row);
    }
    QHash<int, QList<ValidationIssue>> byRow;
    for (const ValidationIssue &issue : issues) {
        if (issue.field == u"file"_s && issue.index >= 0 && issue.index < rowOfIndex.size())
            byRow[rowOfIndex.at(issue.index)].append(issue);
    }
    const auto same
        = [](const QHash<int, QList<ValidationIssue>> &a, const QHash<int, QList<ValidationIssue>> &b) {
              if (a.size() != b.size())
                  return false;
              for (auto it = a.cbegin(); it != a.cend(); ++it) {
                  const QList<ValidationIssue> other = b.value(it.key());
                  if (other.size() != it->size())
                      return false;
                  for (int i = 0; i < other.size(); ++i) {
                      if (other.at(i).rule != it->at(i).rule || other.at(i).message != it->at(i).message)
                          return false;
                  }
              }
              return true;
          };
    if (same(byRow, m_issues))
        return;
    m_issues = byRow;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AttachmentsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AttachmentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttachmentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Item &item = m_items.at(index.row());
    const QStringList issues = issuesAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return item.name;
        case SizeColumn:
            return item.size >= 0 ? QLocale().formattedDataSize(item.size) : tr("—");
        case ProblemColumn: {
            if (!item.included)
                //: Check column of an attachment the CRM already has with this case, not ticked to send again
                return tr("Already sent");
            if (issues.isEmpty())
                //: Check column of an attachment with no problem
                return tr("Ready");
            QStringList words;
            for (const ValidationIssue &issue : m_issues.value(index.row()))
                words.append(shortProblem(issue.rule));
            return QLocale().createSeparatedList(words);
        }
        default:
            break;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn)
            return item.icon;
        if (index.column() == ProblemColumn && !item.included)
            return Icons::icon(Icons::Id::Information);
        if (index.column() == ProblemColumn)
            return Icons::icon(issues.isEmpty() ? Icons::Id::Success : Icons::Id::Warning);
        break;
    case Qt::CheckStateRole:
        if (index.column() == NameColumn && item.delivered)
            return item.included ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ToolTipRole:
        if (item.delivered && !item.included)
            return tr("%1\n\nThe CRM already has this file with the case. Tick it to send it again.")
                .arg(item.path);
        if (issues.isEmpty())
            return item.path;
        return tr("%1\n\n%2").arg(item.path, issues.join(u'\n'));
    case Qt::AccessibleDescriptionRole:
        if (item.delivered && !item.included)
            return tr("Already sent with this case; not sent again unless ticked.");
        return issues.join(u'\n');
    case Qt::BackgroundRole:
        if (!issues.isEmpty())
            return Palette::problemBackground();
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PathRole:
        return item.path;
    default:
        break;
    }
    return {};
}

bool AttachmentsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != NameColumn || !m_items.at(index.row()).delivered)
        return false;
    const bool included = value.value<Qt::CheckState>() == Qt::Checked;
    Item &item = m_items[index.row()];
    if (item.included == included)
        return true;
    item.included = included;
    m_issues.clear(); // renumbered: the next validation says them again
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT pathsChanged();
    return true;
}

Qt::ItemFlags AttachmentsModel::flags(const QModelIndex &index) const
{
    // Drops land anywhere in the list, including between and on rows.
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags flags
        = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDropEnabled | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn && m_items.at(index.row()).delivered)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant AttachmentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case SizeColumn:
        return tr("Size");
    case ProblemColumn:
        //: Column header of the attachments list: whether each file can be sent ("Ready") or what is wrong
        //: with it
        return tr("Check");
    default:
        return {};
    }
}

bool AttachmentsModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_items.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_items.remove(row, count);
    m_issues.clear();
    endRemoveRows();
    Q_EMIT pathsChanged();
    return true;
}

QStringList AttachmentsModel::mimeTypes() const
{
    return {u"text/uri-list"_s};
}

Qt::DropActions AttachmentsModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
}

QStringList AttachmentsModel::localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls())
        return files;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    return files;
}

bool AttachmentsModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                       const QModelIndex &) const
{
    return !localFiles(data).isEmpty();
}

bool AttachmentsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    addPaths(localFiles(data));
    return true; // the view proposes CopyAction, so the file manager keeps its file
}
