#pragma once

#include "gui/widgets/messagebanner.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QMenu;
class QWidget;
class Settings;
class VocabularyStore;

// The operation's learned values as the window's menus offer them: File → Import value lists… and Export
// value lists… (CSV or JSON, for a team to share; strict, all or nothing, every problem named) and
// Case → “closes the case”, which sets by hand whether the current status closes cases of its type.
class VocabularyActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VocabularyActions)

public:
    // What the form shows now: the operation, case type and status the toggle is about.
    struct Current
    {
        QString operation;
        QString caseType;
        QString status;
        bool closedByProfile = false; // the profile's closed statuses list it
    };

    // Dialogs open over `window`; file dialogs remember their folder in `settings`.
    VocabularyActions(QWidget *window, Settings *settings, std::function<Current()> current);
    ~VocabularyActions() override;

    // The caller's store; null disables the actions (the history file could not be opened).
    void setStore(VocabularyStore *store);
    VocabularyStore *store() const;

    // Import and export go into `file` before `fileBefore`; the toggle into `caseMenu` before `caseBefore`.
    void addTo(QMenu *file, QAction *fileBefore, QMenu *caseMenu, QAction *caseBefore);
    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }
    QAction *closesAction() const { return m_closes; }

    // The toggle follows the form's status and case type.
    void refresh();
    void retranslate();

Q_SIGNALS:
    void message(MessageBanner::Kind kind, const MessageBanner::Render &render, const QString &topic);
    // Values were imported or a status set to close or not: the form's lists and checks follow.
    void changed();

private:
    void importFile();
    void exportFile();
    void setClosed(bool closed);

    QWidget *m_window;
    Settings *m_settings;
    std::function<Current()> m_current;
    QPointer<VocabularyStore> m_store;
    QAction *m_import;
    QAction *m_export;
    QAction *m_closes;
};
