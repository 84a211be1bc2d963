// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Welcome

// What the last content update changed: the editors' notes, then the changed pages; tap one to read it.
Page {
    id: whatsNewPage

    header: PageHeader {
        //: Title of the list of pages the last content update changed
        title: qsTr("What's new")
        canGoBack: true
        onBackClicked: whatsNewPage.StackView.view.pop()
    }

    WhatsNewModel {
        id: changes
        content: Content
        language: App.language
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Label {
            Layout.fillWidth: true
            visible: changes.notes.length > 0
            padding: Theme.margin
            text: changes.notes
            wrapMode: Text.Wrap
            font.pixelSize: Theme.bodyFont
            horizontalAlignment: Text.AlignLeft
            Accessible.name: qsTr("Notes from the editors: %1").arg(text)
        }
        Label {
            Layout.fillWidth: true
            visible: Sync.contentDate.length > 0
            leftPadding: Theme.margin
            rightPadding: Theme.margin
            bottomPadding: Theme.spacing
            text: qsTr("Content from %1 (version %2).").arg(App.formatDate(Sync.contentDate.substring(0, 10))).arg(Content.version)
            opacity: 0.7
            font.pixelSize: Theme.smallFont
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            Accessible.name: text
        }

        ListView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            ScrollBar.vertical: ScrollBar {}
            model: changes
            delegate: ListItem {
                required property string title
                required property string kind
                required property string change
                required property string page
                objectName: "whatsNewRow:" + index
                required property int index
                heading: title
                detail: change === "added" ? qsTr("New")
                      : change === "removed" ? qsTr("Removed")
                      : qsTr("Changed")
                note: kind === "offer" ? qsTr("Place or service")
                    : kind === "step" ? qsTr("Checklist step")
                    : kind === "topics" ? qsTr("Guide")
                    : qsTr("Article")
                // Removed pages are listed for the record; there is nothing left to open.
                enabled: page.length > 0
                // Whole tabs (guide, checklist) open at their root; articles and offers on top of this page.
                onClicked: App.openLink(page)
            }
            EmptyState {
                anchors.fill: parent
                visible: parent.count === 0
                message: qsTr("No changes to show. When the content is updated, the changed pages are listed here.")
            }
        }
    }
}
