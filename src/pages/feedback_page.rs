use allrussias_model::Topic;
use leptos::prelude::*;
use leptos_router::hooks::use_query;
use serde::{Deserialize, Serialize};

use crate::components::page_heading::PageHeading;
use crate::components::search_box::encode;
use crate::i18n::{Lang, LangExt};
use crate::query::PageQuery;
use crate::storage::{load, save, VERSION};

/// Where feedback goes. A static host has no server, so it is a mail address, set when the
/// site is built (`FEEDBACK_TO=...`); the reader's mail program sends the message.
const TO: &str = match option_env!("FEEDBACK_TO") {
    Some(to) => to,
    None => "feedback@example.org",
};

const DRAFT: &str = "allrussias.feedback";

/// The form as typed so far, kept in the browser until the reader clears it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub version: u32,
    pub name: String,
    pub email: String,
    pub page: String,
    pub message: String,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            version: VERSION,
            name: String::new(),
            email: String::new(),
            page: String::new(),
            message: String::new(),
        }
    }
}

/// What is wrong with a draft, by field, in the reader's language.
pub fn problems(lang: Lang, draft: &Draft) -> Vec<(&'static str, &'static str)> {
    let ui = lang.ui();
    let mut out = Vec::new();
    let email = draft.email.trim();
    let looks_like_email =
        email.contains('@') && email.rsplit('@').next().is_some_and(|d| d.contains('.'));
    if !email.is_empty() && !looks_like_email {
        out.push(("email", ui.feedback_bad_email));
    }
    if draft.message.trim().chars().count() < 10 {
        out.push(("message", ui.feedback_short));
    }
    out
}

/// The message as a `mailto:` link with everything filled in.
pub fn mailto(draft: &Draft) -> String {
    let body = format!(
        "{}\n\n--\n{}\n{}\n{}",
        draft.message.trim(),
        draft.page.trim(),
        draft.name.trim(),
        draft.email.trim()
    );
    format!(
        "mailto:{TO}?subject={}&body={}",
        encode("All Russias").replace('+', "%20"),
        encode(&body).replace('+', "%20")
    )
}

/// Send Feedback: a message about a page, validated, kept as a draft in the browser until
/// it is sent, and sent through the reader's mail program.
#[component]
pub fn FeedbackPage() -> impl IntoView {
    let lang = Lang::current();
    let ui = lang.ui();
    let (mut initial, _) = load::<Draft>(DRAFT);
    if let Some(page) = use_query::<PageQuery>()
        .with_untracked(|query| query.as_ref().ok().and_then(|q| q.page.clone()))
    {
        initial.page = page;
    }
    let draft = RwSignal::new(initial);
    Effect::new(move |_| draft.with(|d| save(DRAFT, d)));
    let tried = RwSignal::new(false);
    let link = RwSignal::new(None::<String>);
    let problem = move |field: &'static str| {
        move || {
            tried
                .get()
                .then(|| {
                    problems(lang, &draft.get())
                        .into_iter()
                        .find(|(f, _)| *f == field)
                        .map(|(_, message)| message)
                })
                .flatten()
        }
    };
    let field = move |name: &'static str, label: &'static str, kind: &'static str| {
        let get = move || {
            draft.with(|d| match name {
                "name" => d.name.clone(),
                "email" => d.email.clone(),
                "page" => d.page.clone(),
                _ => d.message.clone(),
            })
        };
        let set = move |value: String| {
            draft.update(|d| match name {
                "name" => d.name = value,
                "email" => d.email = value,
                "page" => d.page = value,
                _ => d.message = value,
            })
        };
        let error_id = format!("feedback-{name}-problem");
        let input = if kind == "textarea" {
            view! {
                <textarea id=format!("feedback-{name}") rows="8" aria-describedby=error_id.clone()
                    prop:value=get on:input=move |e| set(event_target_value(&e))></textarea>
            }
            .into_any()
        } else {
            view! {
                <input id=format!("feedback-{name}") type=kind aria-describedby=error_id.clone()
                    prop:value=get on:input=move |e| set(event_target_value(&e)) />
            }
            .into_any()
        };
        view! {
            <p class="feedback-field">
                <label for=format!("feedback-{name}")>{label}</label>
                {input}
                <span class="feedback-problem" id=error_id role="alert">{problem(name)}</span>
            </p>
        }
    };
    let send = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        tried.set(true);
        if problems(lang, &draft.get_untracked()).is_empty() {
            let href = mailto(&draft.get_untracked());
            link.set(Some(href.clone()));
            let _ = window().location().set_href(&href);
        }
    };
    view! {
        <PageHeading title=Topic::Feedback.title(lang) description=ui.feedback_intro />
        <p>{ui.feedback_intro}</p>
        <form class="feedback" novalidate on:submit=send>
            {field("message", ui.feedback_message, "textarea")}
            {field("page", ui.feedback_page, "text")}
            {field("name", ui.feedback_name, "text")}
            {field("email", ui.feedback_email, "email")}
            <p>
                <button type="submit">{ui.feedback_send}</button>
                " "
                <button type="button" on:click=move |_| {
                    draft.set(Draft::default());
                    tried.set(false);
                    link.set(None);
                }>{ui.feedback_clear}</button>
            </p>
        </form>
        {move || link.get().map(|href| view! {
            <p class="feedback-sent" role="status">
                {ui.feedback_opened} " " <a href=href>{ui.feedback_again}</a>
            </p>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_required_and_an_email_must_look_like_one() {
        let mut draft = Draft::default();
        let fields = |d: &Draft| {
            problems(Lang::En, d)
                .iter()
                .map(|(f, _)| *f)
                .collect::<Vec<_>>()
        };
        assert_eq!(fields(&draft), ["message"]);
        draft.message = "The date of Kulikovo is wrong.".into();
        draft.email = "reader@".into();
        assert_eq!(fields(&draft), ["email"]);
        draft.email = "reader@example.net".into();
        assert!(fields(&draft).is_empty());
        assert!(mailto(&draft)
            .starts_with("mailto:feedback@example.org?subject=All%20Russias&body=The%20date"));
    }
}
