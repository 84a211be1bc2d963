// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// Language choice and what content is installed.
Page {
    id: page

    header: PageHeader {
        title: qsTr("Settings")
    }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        ScrollBar.vertical: ScrollBar {}

        header: SectionLabel {
            text: qsTr("Language")
        }
        model: LanguageModel {
            content: Content
        }
        delegate: RadioDelegate {
            required property string code
            required property string name
            width: ListView.view.width
            text: name
            checked: App.language === code
            onClicked: App.language = code
            Accessible.name: qsTr("Language: %1").arg(name)
        }
        footer: ColumnLayout {
            width: ListView.view ? ListView.view.width : 0
            spacing: 0
            SectionLabel {
                text: qsTr("My checklist and data")
            }
            ActionRow {
                text: Checklist.hasHousehold ? qsTr("Change my household") : qsTr("Set up my checklist")
                onClicked: App.open("onboarding")
            }
            ActionRow {
                visible: Checklist.hasHousehold
                text: qsTr("Export the checklist as PDF")
                onClicked: result.show(Checklist.exportPdf())
            }
            ActionRow {
                visible: Checklist.hasHousehold
                text: qsTr("Add the deadlines to my calendar (.ics)")
                onClicked: result.show(Checklist.exportCalendar())
            }
            ActionRow {
                text: qsTr("Save all my data as one file")
                onClicked: result.show(Checklist.exportData())
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                TextField {
                    id: importPath
                    Layout.fillWidth: true
                    placeholderText: qsTr("Path of a saved data file")
                    Accessible.name: qsTr("Path of a saved data file to import")
                }
                Button {
                    text: qsTr("Import")
                    enabled: importPath.text.length > 0
                    onClicked: {
                        const error = Checklist.importData(importPath.text);
                        result.text = error.length > 0 ? qsTr("Nothing was changed: %1").arg(error) : qsTr("Your data was imported.");
                    }
                    Accessible.name: qsTr("Import my data from this file")
                }
            }
            InfoLabel {
                id: result
                visible: text.length > 0
                function show(path: string) {
                    text = path.length > 0 ? qsTr("Saved: %1").arg(path) : qsTr("The file could not be written.");
                }
            }
            SectionLabel {
                text: qsTr("Content updates")
            }
            InfoLabel {
                objectName: "contentDate"
                text: Content.isOpen
                      ? qsTr("Content from %1 (version %2).").arg(App.formatDate(Sync.contentDate.substring(0, 10))).arg(Content.version)
                      : qsTr("No content is installed: %1").arg(Content.errorString)
            }
            InfoLabel {
                visible: !Sync.canSync
                text: qsTr("This content is updated with new versions of the app.")
                opacity: 0.7
            }
            RowLayout {
                visible: Sync.canSync
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                spacing: 12
                Button {
                    objectName: "checkForUpdates"
                    text: qsTr("Check for updates")
                    enabled: !Sync.busy
                    onClicked: Sync.syncNow()
                    Accessible.name: text
                }
                ProgressBar {
                    Layout.fillWidth: true
                    visible: Sync.busy
                    value: Sync.progress
                    // Until the manifest says how much there is to fetch, the length is unknown.
                    indeterminate: Sync.progress <= 0
                    Accessible.name: Sync.state
                }
            }
            InfoLabel {
                visible: Sync.busy
                text: Sync.state
            }
            InfoLabel {
                objectName: "syncResult"
                visible: !Sync.busy && Sync.lastResult.length > 0
                text: Sync.lastResult
                color: Sync.lastFailed ? Theme.emergency : Material.foreground
            }
            InfoLabel {
                visible: Sync.canSync && Sync.lastChecked.length > 0
                text: qsTr("Last checked: %1").arg(new Date(Sync.lastChecked).toLocaleString(Qt.locale(App.language), Locale.ShortFormat))
                opacity: 0.7
                font.pixelSize: 12
            }
            ActionRow {
                text: qsTr("What's new in the content")
                onClicked: App.open("whatsnew")
            }
            SectionLabel {
                text: qsTr("Privacy")
            }
            InfoLabel {
                text: qsTr("Everything you enter stays on this device. No account, no tracking.")
            }
            InfoLabel {
                // A path reads left to right in every language: isolate it so right-to-left text does not reorder it.
                text: qsTr("Data folder: %1").arg("\u2066" + App.dataDir + "\u2069")
                opacity: 0.6
                font.pixelSize: 12
            }
        }
    }

    component SectionLabel: Label {
        width: ListView.view ? ListView.view.width : implicitWidth
        Layout.fillWidth: true
        padding: 16
        bottomPadding: 4
        font.weight: Font.Medium
        color: Theme.primary
        horizontalAlignment: Text.AlignLeft
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    component ActionRow: ItemDelegate {
        Layout.fillWidth: true
        Accessible.name: text
        Accessible.onPressAction: clicked()
    }
    component InfoLabel: Label {
        Layout.fillWidth: true
        padding: 16
        topPadding: 6
        bottomPadding: 6
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.name: text
    }
}
