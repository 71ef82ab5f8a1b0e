pub mod chapter_page;
pub mod home;
pub mod not_found;
pub mod section_page;
pub mod site_map;
pub mod slug_page;
pub mod sub_page;
pub mod topic_page;
