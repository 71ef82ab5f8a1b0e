fn main() {
    let root = allrussias::app_root();
    leptos::mount::mount_to(root.clone(), allrussias::App).forget();
    allrussias::take_over_when_ready(root);
}
