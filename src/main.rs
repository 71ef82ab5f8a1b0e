fn main() {
    allrussias::take_over();
    leptos::mount::mount_to_body(allrussias::App);
}
