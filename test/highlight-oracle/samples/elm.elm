module Counter exposing (Model, Msg(..), main, update, view)

{-| A counter with a step size, from the guide.
-}

import Browser
import Html exposing (Html, button, div, input, text)
import Html.Attributes exposing (class, value)
import Html.Events exposing (onClick, onInput)


type alias Model =
    { count : Int
    , step : Int
    }


type Msg
    = Increment
    | Decrement
    | SetStep String
    | Reset


init : Model
init =
    { count = 0, step = 1 }


update : Msg -> Model -> Model
update msg model =
    case msg of
        Increment ->
            { model | count = model.count + model.step }

        Decrement ->
            { model | count = max 0 (model.count - model.step) }

        SetStep s ->
            -- keep the old step when the input is no number
            { model | step = String.toInt s |> Maybe.withDefault model.step }

        Reset ->
            init


view : Model -> Html Msg
view model =
    div [ class "counter" ]
        [ button [ onClick Decrement ] [ text "-" ]
        , div [] [ text (String.fromInt model.count) ]
        , button [ onClick Increment ] [ text "+" ]
        , input [ value (String.fromInt model.step), onInput SetStep ] []
        , button [ onClick Reset ] [ text "reset" ]
        ]


main : Program () Model Msg
main =
    Browser.sandbox { init = init, update = update, view = view }
