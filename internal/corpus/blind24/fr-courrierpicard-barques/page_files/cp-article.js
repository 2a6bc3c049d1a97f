window.rossel=window.rossel||{};rossel.article={id:518734,premium:true};
