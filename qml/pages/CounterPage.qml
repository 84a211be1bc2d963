// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// "Show at the counter": the step in German for the clerk, beside the user's language, large.
Page {
    id: page

    /** Member id, or "household". */
    required property string member
    /** Step id, or the record id of one year of a yearly step. */
    required property string step

    // Only the documents this member needs, in both languages.
    readonly property var german: Checklist.stepTexts(step, "de", member)
    readonly property var own: Checklist.stepTexts(step, App.language, member)
    readonly property bool found: (german.title ?? "").length > 0

    header: PageHeader {
        title: qsTr("Show at the counter")
        canGoBack: true
        onBackClicked: page.StackView.view.pop()
    }
    background: Rectangle {
        color: "white"
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true

        ColumnLayout {
            id: column
            x: Theme.margin
            y: Theme.margin
            width: flick.width - 2 * Theme.margin
            spacing: Theme.margin

            EmptyState {
                Layout.fillWidth: true
                visible: !page.found
                message: qsTranslate("StepPage", "This step is not in your checklist.")
            }
            // German first and left-to-right whatever the app's language: this part is for the clerk.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                LayoutMirroring.enabled: false
                LayoutMirroring.childrenInherit: true
                Label {
                    objectName: "counterTitle"
                    Layout.fillWidth: true
                    text: page.german.title ?? ""
                    color: "black"
                    font.pixelSize: 30
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                    Accessible.name: text
                }
                Label {
                    objectName: "counterText"
                    Layout.fillWidth: true
                    text: page.german.description ?? ""
                    color: "black"
                    font.pixelSize: 22
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }
                Label {
                    Layout.fillWidth: true
                    visible: (page.german.documents ?? []).length > 0
                    text: "• " + (page.german.documents ?? []).join("\n• ")
                    color: "black"
                    font.pixelSize: 20
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }
            }
            Rectangle {
                Layout.fillWidth: true
                height: 2
                color: Theme.primary
                visible: page.found && App.language !== "de"
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.found && App.language !== "de"
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: page.own.title ?? ""
                    color: "#333333"
                    font.pixelSize: 24
                    font.weight: Font.Bold
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }
                Label {
                    Layout.fillWidth: true
                    text: page.own.description ?? ""
                    color: "#333333"
                    font.pixelSize: 18
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft
                }
            }
        }
    }
}
