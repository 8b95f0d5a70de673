#include "core/translations.h"

#include "core/global.h"

#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>
#include <memory>
#include <vector>

namespace {
// QT_LOGGING_RULES="casedesk.i18n.debug=true" shows which files were loaded.
Q_LOGGING_CATEGORY(lcI18n, "casedesk.i18n", QtWarningMsg)

QString g_current = u"en"_s;

std::vector<std::unique_ptr<QTranslator>> &installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

QStringList Translations::available()
{
    return {u"en"_s, u"es"_s, u"pt_BR"_s};
}

QString Translations::displayName(const QString &language)
{
    if (language == u"es"_s)
        return u"Español"_s;
    if (language == u"pt_BR"_s)
        return u"Português (Brasil)"_s;
    return u"English"_s;
}

QString Translations::resolve(const QString &requested, const QLocale &system)
{
    const QLocale locale = requested.trimmed().isEmpty() ? system : QLocale(requested.trimmed());
    switch (locale.language()) {
    case QLocale::Spanish:
        return u"es"_s;
    case QLocale::Portuguese:
        return u"pt_BR"_s;
    default:
        return u"en"_s;
    }
}

void Translations::install(const QString &language, const QLocale &system)
{
    auto &translators = installedTranslators();
    for (const auto &translator : translators)
        QCoreApplication::removeTranslator(translator.get());
    translators.clear();

    const QString lang = available().contains(language) ? language : resolve(language, system);
    g_current = lang;
    const QLocale wanted(lang);
    QLocale::setDefault(system.language() == wanted.language() ? system : wanted);
    auto load = [&](const QString &name, const QString &directory) {
        auto translator = std::make_unique<QTranslator>();
        if (!translator->load(name + u'_' + lang, directory))
            return false;
        qCDebug(lcI18n, "%s: %s", qPrintable(lang), qPrintable(translator->filePath()));
        QCoreApplication::installTranslator(translator.get());
        translators.push_back(std::move(translator));
        return true;
    };
    // Qt's own strings first (dialog buttons, file dialogs, context menus), then ours. English is the
    // source language: its file holds only the plural forms ("1 field", "3 fields").
    if (lang != u"en"_s && !load(u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCDebug(lcI18n, "%s: Qt's own translation is not installed", qPrintable(lang));
    // Installed, ours are files beside the binaries' folder (a package may correct them); otherwise, as
    // in the build tree, the copy compiled into the binary.
    const QString installed
        = QDir::cleanPath(QDir(QCoreApplication::applicationDirPath())
                              .filePath(QString::fromLatin1(CASEDESK_TRANSLATIONS_FROM_BINDIR)));
    if (!load(u"casedesk"_s, installed))
        load(u"casedesk"_s, u":/i18n"_s);
    if (translators.empty()) // nothing installed, so Qt sent no LanguageChange: widgets still need one
        QCoreApplication::postEvent(QCoreApplication::instance(), new QEvent(QEvent::LanguageChange));
}

QString Translations::current()
{
    return g_current;
}
