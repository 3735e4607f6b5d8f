*** Settings ***
Documentation     Smoke tests for the documentation site.
Library           SeleniumLibrary
Library           Collections
Suite Setup       Open Browser    ${BASE_URL}    ${BROWSER}
Suite Teardown    Close All Browsers

*** Variables ***
${BASE_URL}       https://docs.example.org
${BROWSER}        headlesschrome
@{PAGES}          /guide/    /api/    /changelog/
&{EXPECTED}       guide=Guide    api=API Reference

*** Test Cases ***
Home Page Has Title
    [Tags]    smoke
    Go To    ${BASE_URL}/
    Title Should Be    Docs | Example

Every Page Loads
    FOR    ${page}    IN    @{PAGES}
        Go To    ${BASE_URL}${page}
        Page Should Not Contain    Page not found
    END

Search Finds The Install Guide
    [Documentation]    Types a query and checks the first result.
    Search For    install
    ${first}=    Get Text    css:.results li:first-child
    Should Contain    ${first}    Installation
    Run Keyword If    '${BROWSER}' == 'firefox'    Log    Firefox run

*** Keywords ***
Search For
    [Arguments]    ${query}
    Input Text    id:search    ${query}
    Press Keys    id:search    RETURN
    Wait Until Element Is Visible    css:.results    timeout=5s
    # the result list is filled by JavaScript
