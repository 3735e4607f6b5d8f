# Static hosting for the documentation site
terraform {
  required_version = ">= 1.3"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

variable "domain" {
  type        = string
  description = "Domain the docs are served from"
  default     = "docs.example.org"
}

variable "price_class" {
  type    = string
  default = "PriceClass_100"
}

locals {
  bucket_name = replace(var.domain, ".", "-")
  tags = {
    Project   = "docs"
    ManagedBy = "terraform"
  }
}

resource "aws_s3_bucket" "site" {
  bucket        = local.bucket_name
  force_destroy = true
  tags          = local.tags
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled             = true
  default_root_object = "index.html"
  aliases             = [var.domain]
  price_class         = var.price_class

  origin {
    domain_name = aws_s3_bucket.site.bucket_regional_domain_name
    origin_id   = "s3-${local.bucket_name}"
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "s3-${local.bucket_name}"
    viewer_protocol_policy = "redirect-to-https"
    min_ttl                = 0
    default_ttl            = 3600
  }

  /* no geo restrictions */
  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  dynamic "custom_error_response" {
    for_each = toset([403, 404])
    content {
      error_code         = custom_error_response.value
      response_page_path = "/404.html"
    }
  }
}

output "cdn_domain" {
  value = aws_cloudfront_distribution.cdn.domain_name
}
