#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QToolButton;
class QWidget;

// Marks a field whose value differs from the case as it was loaded from the CRM: a sign inside the field (not
// a colour alone) whose tooltip says what was loaded ("Loaded: low"), and the same words in the field's
// accessible description. Line edits and editable combos carry the sign at the start of their text; other
// fields (a text box) in their top right corner. The sign is named after the field:
// "<objectName>ChangedSign".
class ChangeMarker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeMarker)

public:
    explicit ChangeMarker(QObject *parent = nullptr);
    ~ChangeMarker() override;

    // `note` empty: the field is as loaded (or no case was loaded), and its sign goes.
    void mark(QWidget *field, const QString &note);
    QString noteOf(QWidget *field) const { return m_notes.value(field); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeCorner(QWidget *field);

    QHash<QWidget *, QString> m_notes;
    QHash<QWidget *, QPointer<QAction>> m_signs;
    QHash<QWidget *, QPointer<QToolButton>> m_corners;
};
