/* lazysizes */window.lazySizesConfig={loadMode:1};
