//! Acceptance (content): translation status transitions, on real documents
//! through the server: a source edit makes a translation outdated, a minor
//! edit does not, translating every text brings it up to date (some of
//! them only: incomplete), a machine translation shows as such.

use autosurgeon::{Text, hydrate, reconcile};
use hospes_content::model::{Service, Translation};
use hospes_tests::fixtures::{document, fixture};
use hospes_tests::{ServerProcess, User, client, server};
use reqwest::{Method, StatusCode};
use samod::DocHandle;
use serde_json::{Value, json};

fn edit<T: autosurgeon::Hydrate + autosurgeon::Reconcile>(handle: &DocHandle, change: impl FnOnce(&mut T)) {
    handle.with_document(|doc| {
        let mut value: T = hydrate(&*doc).expect("hydrates");
        change(&mut value);
        doc.transact(|tx| reconcile(tx, &value)).expect("commits");
    });
}

async fn statuses(hospes: &ServerProcess, user: &User, id: &str) -> Vec<(String, String)> {
    let response = user.request(Method::GET, &hospes.http_url(&format!("/api/v1/documents/{id}/translations"))).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    body["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["language"].as_str().unwrap().to_string(), l["status"].as_str().unwrap().to_string()))
        .collect()
}

fn expect(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(l, s)| (l.to_string(), s.to_string())).collect()
}

#[tokio::test]
async fn source_edits_outdate_translations_unless_minor() {
    let dir = server::data_dir();
    let hospes = ServerProcess::start(dir.path(), &[]).await;
    hospes.command(&[
        "city",
        "add",
        "--slug",
        "liege",
        "--name",
        "Liège",
        "--source-language",
        "fr",
        "--language",
        "ar",
        "--language",
        "uk",
    ]);
    let editor = hospes.add_user("elif", "liege", "editor", &[]).await;
    let translator = hospes.add_user("tarek", "liege", "translator", &["--lang", "ar"]).await;
    let laptop = client::repo(&editor).await;
    let laptop_link = client::connect(&laptop, &hospes.sync_url(), &editor).await;
    let phone = client::repo(&translator).await;
    let phone_link = client::connect(&phone, &hospes.sync_url(), &translator).await;

    let service: Service = fixture("service.json");
    let item = laptop.create(document(&service)).await.unwrap();
    let id = item.document_id().to_string();
    assert_eq!(hospes.register(&editor, &id, json!({ "kind": "service", "city": "liege" })).await, StatusCode::CREATED);
    client::acknowledged(&item, &laptop_link).await;
    assert_eq!(statuses(&hospes, &translator, &id).await, expect(&[("fr", "up-to-date"), ("ar", "missing"), ("uk", "missing")]));

    // The translator translates the current revision, some texts first:
    // readers would still see the rest in French.
    let mut arabic: Translation = fixture("translation.json");
    arabic.item = id.clone();
    arabic.translated_from_revision = service.source_revision;
    let translation = phone.create(document(&arabic)).await.unwrap();
    let class = json!({ "kind": "translation", "city": "liege", "language": "ar", "item": id });
    assert_eq!(hospes.register(&translator, &translation.document_id().to_string(), class).await, StatusCode::CREATED);
    client::acknowledged(&translation, &phone_link).await;
    assert_eq!(statuses(&hospes, &translator, &id).await[1], ("ar".into(), "incomplete".into()));
    // Every text translated: up to date (the fee is empty in the source, so there is nothing to translate).
    edit::<Translation>(&translation, |t| {
        t.fields.insert("eligibility".into(), Text::with_value("كل شخص يعيش في المدينة."));
        t.fields.insert("documents_needed".into(), Text::with_value("لا حاجة إلى أي وثيقة."));
        t.fields.insert("schedules.weekdays.notes".into(), Text::with_value("بدون موعد في الصباح."));
    });
    client::acknowledged(&translation, &phone_link).await;
    assert_eq!(statuses(&hospes, &translator, &id).await[1], ("ar".into(), "up-to-date".into()));

    // A minor edit (a typo) keeps it up to date.
    edit::<Service>(&item, |s| s.description = Text::with_value(format!("{} ", s.description.as_str())));
    client::acknowledged(&item, &laptop_link).await;
    assert_eq!(statuses(&hospes, &translator, &id).await[1], ("ar".into(), "up-to-date".into()));

    // A real edit of the source outdates it.
    edit::<Service>(&item, |s| {
        s.eligibility = Text::with_value("Toute personne vivant ou travaillant dans la ville.");
        s.source_revision += 1;
    });
    client::acknowledged(&item, &laptop_link).await;
    assert_eq!(statuses(&hospes, &translator, &id).await[1], ("ar".into(), "outdated".into()));

    // Translating again brings it back.
    edit::<Translation>(&translation, |t| {
        t.fields.insert("eligibility".into(), Text::with_value("كل شخص يعيش أو يعمل في المدينة."));
        t.translated_from_revision = service.source_revision + 1;
    });
    client::acknowledged(&translation, &phone_link).await;
    assert_eq!(statuses(&hospes, &translator, &id).await[1], ("ar".into(), "up-to-date".into()));

    // A machine translation into Ukrainian awaits review.
    let mut ukrainian: Translation = fixture("translation.json");
    ukrainian.item = id.clone();
    ukrainian.language = "uk".into();
    ukrainian.machine = true;
    ukrainian.translated_from_revision = service.source_revision + 1;
    ukrainian.fields = [("name".to_string(), Text::with_value("Безкоштовна юридична консультація"))].into();
    let machine = laptop.create(document(&ukrainian)).await.unwrap();
    let class = json!({ "kind": "translation", "city": "liege", "language": "uk", "item": id });
    assert_eq!(hospes.register(&editor, &machine.document_id().to_string(), class).await, StatusCode::CREATED);
    client::acknowledged(&machine, &laptop_link).await;
    assert_eq!(statuses(&hospes, &editor, &id).await[2], ("uk".into(), "incomplete".into()));
    edit::<Translation>(&machine, |t| {
        for (key, text) in [
            ("description", "Безкоштовна конфіденційна юридична консультація."),
            ("eligibility", "Кожен, хто живе або працює в місті."),
            ("documents_needed", "Документи не потрібні."),
            ("locations.main.accessibility", "Вхід без сходів."),
            ("schedules.weekdays.notes", "Без запису зранку."),
        ] {
            t.fields.insert(key.into(), Text::with_value(text));
        }
    });
    client::acknowledged(&machine, &laptop_link).await;
    assert_eq!(statuses(&hospes, &editor, &id).await, expect(&[("fr", "up-to-date"), ("ar", "up-to-date"), ("uk", "machine")]));
}
