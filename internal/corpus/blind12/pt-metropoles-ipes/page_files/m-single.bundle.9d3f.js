window.metropolesSingle={postId:2871459,lazy:true};
