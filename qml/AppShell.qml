// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Welcome

// The app's frame: one StackView per bottom tab, and the router for page requests.
Item {
    id: shell

    /** The stack of the selected tab. */
    readonly property StackView currentStack: [homeStack, guideStack, checklistStack, settingsStack][tabBar.currentIndex]

    /** Goes back one step: pops the current stack, else returns to Home. Returns false when already home. */
    function back(): bool {
        if (currentStack.depth > 1) {
            currentStack.pop();
            return true;
        }
        if (tabBar.currentIndex !== 0) {
            tabBar.currentIndex = 0;
            return true;
        }
        return false;
    }

    /** Shows @p page ("home", "topic:<id>", …); @p reset starts from the root of the page's tab. */
    function navigate(page: string, reset: bool) {
        const colon = page.indexOf(":");
        const kind = colon < 0 ? page : page.substring(0, colon);
        const arg = colon < 0 ? "" : page.substring(colon + 1);
        const tabs = { "home": 0, "guide": 1, "checklist": 2, "settings": 3, "topic": 1, "article": 1, "search": 1, "offer": 1, "places": 1, "map": 1, "location": 1,
                       "onboarding": 2, "step": 2, "counter": 2, "whatsnew": 3 };
        if (reset) {
            tabBar.currentIndex = tabs[kind];
            currentStack.pop(null, StackView.Immediate);
        }
        ensureRootPage();
        if (kind === "topic")
            currentStack.push(Qt.resolvedUrl("pages/TopicPage.qml"), { "topicId": arg }, reset ? StackView.Immediate : StackView.PushTransition);
        else if (kind === "offer")
            currentStack.push(Qt.resolvedUrl("pages/OfferPage.qml"), { "offerId": arg }, reset ? StackView.Immediate : StackView.PushTransition);
        else if (kind === "places" || kind === "map")
            currentStack.push(Qt.resolvedUrl("pages/PlacesPage.qml"), { "showMap": kind === "map" }, reset ? StackView.Immediate : StackView.PushTransition);
        else if (kind === "location")
            currentStack.push(Qt.resolvedUrl("pages/LocationPage.qml"), {}, reset ? StackView.Immediate : StackView.PushTransition);
        else if (kind === "onboarding")
            currentStack.push(Qt.resolvedUrl("pages/OnboardingPage.qml"), {}, reset ? StackView.Immediate : StackView.PushTransition);
        else if (kind === "step" || kind === "counter")
            currentStack.push(Qt.resolvedUrl(kind === "step" ? "pages/StepPage.qml" : "pages/CounterPage.qml"),
                              { "member": arg.split("/")[0], "step": arg.split("/")[1] },
                              reset ? StackView.Immediate : StackView.PushTransition);
        else if (kind === "whatsnew")
            currentStack.push(Qt.resolvedUrl("pages/WhatsNewPage.qml"), {}, reset ? StackView.Immediate : StackView.PushTransition);
        else if (kind === "search")
            currentStack.push(Qt.resolvedUrl("pages/SearchPage.qml"), {}, reset ? StackView.Immediate : StackView.PushTransition);
        else if (kind === "article")
            currentStack.push(Qt.resolvedUrl("pages/ArticlePage.qml"), { "slug": arg }, reset ? StackView.Immediate : StackView.PushTransition);
    }

    /** Tabs other than Home get their first page on first visit: start-up builds only Home. */
    /** The stack is looked up from the index, not read from currentStack: called from the index's change
        handler, which may run before the currentStack binding has followed. */
    function ensureRootPage() {
        const stack = [homeStack, guideStack, checklistStack, settingsStack][tabBar.currentIndex];
        if (stack.depth === 0)
            stack.push(tabBar.currentIndex === 0 ? homePage : Qt.resolvedUrl(["", "pages/GuidePage.qml", "pages/ChecklistPage.qml", "pages/SettingsPage.qml"][tabBar.currentIndex]),
                       {}, StackView.Immediate);
    }

    // First start: the checklist questions slide in once Home is on screen (skippable), so the first frame
    // does not wait for them.
    Timer {
        running: true
        interval: 400
        onTriggered: {
            if (App.showFirstRun && !Checklist.hasHousehold && App.currentPage === "home")
                shell.navigate("onboarding", true);
        }
    }

    // Pages load on first use (Qt.resolvedUrl): start-up compiles only Home.
    Connections {
        target: App
        function onNavigateRequested(page: string, reset: bool) {
            shell.navigate(page, reset);
        }
    }

    Binding {
        target: App
        property: "currentPage"
        value: shell.currentStack.currentItem ? shell.currentStack.currentItem.objectName : ""
    }

    Component {
        id: homePage
        HomePage {}
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // After a content update, until dismissed; loaded by URL only then, so start-up does not even compile it.
        Loader {
            Layout.fillWidth: true
            active: Sync.justUpdated
            visible: active
            source: Qt.resolvedUrl("components/UpdateBanner.qml")
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: tabBar.currentIndex

            StackView {
                id: homeStack
                initialItem: homePage
            }
            StackView {
                id: guideStack
            }
            StackView {
                id: checklistStack
            }
            StackView {
                id: settingsStack
            }
        }

        NavigationBar {
            id: tabBar
            objectName: "tabBar"
            Layout.fillWidth: true
            onCurrentIndexChanged: shell.ensureRootPage()

            NavigationTab {
                text: qsTr("Home")
                icon: Qt.resolvedUrl("icons/home.svg")
                current: tabBar.currentIndex === 0
                onClicked: tabBar.currentIndex = 0
            }
            NavigationTab {
                //: The tab with all topics and articles
                text: qsTr("Guide")
                icon: Qt.resolvedUrl("icons/guide.svg")
                current: tabBar.currentIndex === 1
                onClicked: tabBar.currentIndex = 1
            }
            NavigationTab {
                //: The tab with the personal checklist
                text: qsTr("Checklist")
                icon: Qt.resolvedUrl("icons/checklist.svg")
                current: tabBar.currentIndex === 2
                onClicked: tabBar.currentIndex = 2
            }
            NavigationTab {
                text: qsTr("Settings")
                icon: Qt.resolvedUrl("icons/settings.svg")
                current: tabBar.currentIndex === 3
                onClicked: tabBar.currentIndex = 3
            }
        }
    }

    // Desktop Escape and the Android back key both step back; back at Home leaves the app.
    Shortcut {
        sequences: ["Esc", "Back"]
        onActivated: {
            if (!shell.back())
                Qt.quit();
        }
    }
}
