#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

// A calm, dismissible strip that tells the outcome of the last action in the palette's own colours.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Success, Error, Warning, Information };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    void showMessage(Kind kind, const QString &title, const QString &text);
    Kind kind() const { return m_kind; }
    QString title() const;
    QString text() const;

public Q_SLOTS:
    void dismiss();

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();
    void retranslate();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
    bool m_updatingPalette = false;
};
