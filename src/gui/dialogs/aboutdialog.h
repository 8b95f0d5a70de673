#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

// Help → About Casedesk: version, licence, links, and the Qt versions, with a button that copies all of
// it for a support request.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // Casedesk's and Qt's versions and the system, in one plain-text paragraph.
    static QString versionReport();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillTexts();

    std::unique_ptr<Ui::AboutDialog> m_ui;
    class QPushButton *m_copyButton;
};
