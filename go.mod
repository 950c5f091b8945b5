module github.com/annalist/annalist

go 1.26
