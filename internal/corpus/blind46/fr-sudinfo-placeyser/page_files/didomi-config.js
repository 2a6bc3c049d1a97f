window.didomiConfig={website:{name:"Sudinfo"}};
