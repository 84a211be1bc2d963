// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// Search as you type: results grouped by kind, recent searches when the field is empty.
Page {
    id: page

    header: ToolBar {
        Material.foreground: "white"
        RowLayout {
            anchors.fill: parent
            spacing: 0
            ToolButton {
                icon.source: App.rightToLeft ? "../icons/forward.svg" : "../icons/back.svg"
                onClicked: page.StackView.view.pop()
                Accessible.name: qsTr("Back")
            }
            TextField {
                id: field
                objectName: "searchField"
                Layout.fillWidth: true
                Layout.rightMargin: 12
                text: App.searchQuery
                onTextEdited: App.searchQuery = text
                placeholderText: qsTr("Search")
                placeholderTextColor: "#d0ffffff"
                color: "white"
                focus: true
                inputMethodHints: Qt.ImhNoPredictiveText
                Material.accent: "white"
                horizontalAlignment: Text.AlignLeft
                Accessible.name: qsTr("Search the guide")
                selectionColor: "#66ffffff"
                selectedTextColor: "white"
                onAccepted: App.addRecentSearch(text)
            }
        }
    }

    SearchModel {
        id: results
        content: Content
        language: App.language
        query: App.searchQuery
    }

    ListView {
        id: list
        objectName: "results"
        anchors.fill: parent
        clip: true
        model: results
        ScrollBar.vertical: ScrollBar {}
        section.property: "kind"
        section.delegate: Label {
            required property string section
            width: ListView.view.width
            padding: 16
            bottomPadding: 4
            font.weight: Font.Medium
            color: Theme.primary
            horizontalAlignment: Text.AlignLeft
            text: section === "article" ? qsTr("Articles") : section === "offer" ? qsTr("Places and offers") : qsTr("Checklist steps")
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        delegate: ItemDelegate {
            id: hit
            required property string title
            required property string snippet
            required property string shownLang
            required property bool isFallback
            required property bool fuzzy
            required property string target
            required property string kind
            required property string ref
            width: ListView.view.width
            padding: 16
            topPadding: 10
            bottomPadding: 10
            onClicked: {
                // Opening a result makes the search worth remembering.
                App.addRecentSearch(App.searchQuery);
                if (hit.kind !== "step") {
                    App.openLink(hit.target);
                    return;
                }
                // A step opens for the first member it applies to, else its article, else the checklist.
                const link = Checklist.stepLink(hit.ref);
                if (link.length > 0)
                    App.openLink(link);
                else
                    App.openPage("checklist");
            }
            Accessible.name: hit.title
            Accessible.onPressAction: hit.clicked()
            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: hit.title
                        font.pixelSize: 17
                        font.weight: Font.Medium
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignLeft
                    }
                    Label {
                        visible: hit.isFallback || hit.fuzzy
                        text: hit.fuzzy ? qsTr("similar spelling") : App.languageName(hit.shownLang)
                        font.pixelSize: Theme.smallFont
                        opacity: 0.7
                    }
                }
                Label {
                    Layout.fillWidth: true
                    text: hit.snippet
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    opacity: 0.8
                    horizontalAlignment: Text.AlignLeft
                }
            }
        }

        // Nothing typed yet: recent searches, and a way to clear them.
        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 16
            visible: field.text.trim().length === 0
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: App.recentSearches.length > 0 ? qsTr("Recent searches") : qsTr("Type a word in any language, e.g. Krankenkasse, permit, école.")
                wrapMode: Text.Wrap
                opacity: 0.8
                horizontalAlignment: Text.AlignLeft
            }
            Flow {
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: App.recentSearches
                    delegate: Button {
                        required property string modelData
                        text: modelData
                        flat: true
                        onClicked: App.searchQuery = modelData
                        Accessible.name: qsTr("Search again for %1").arg(modelData)
                    }
                }
            }
            Button {
                visible: App.recentSearches.length > 0
                text: qsTr("Clear recent searches")
                flat: true
                onClicked: App.clearRecentSearches()
                Accessible.name: text
            }
            Item {
                Layout.fillHeight: true
            }
        }

        EmptyState {
            objectName: "noResults"
            anchors.fill: parent
            visible: field.text.trim().length > 0 && !results.busy && list.count === 0
            message: qsTr("Nothing found for “%1”. Try fewer letters, another spelling or another language — or browse the topics in the Guide.").arg(field.text.trim())
        }
    }
}
